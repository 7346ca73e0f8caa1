/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.SchoolUnit;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>School Estate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.SchoolEstateImpl#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SchoolEstateImpl#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SchoolEstateImpl#getEalShare <em>Eal Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SchoolEstateImpl#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchoolEstateImpl extends ModelElementImpl implements SchoolEstate {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected Area area;

	/**
	 * The default value of the '{@link #getEalShare() <em>Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEalShare()
	 * @generated
	 * @ordered
	 */
	protected static final double EAL_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEalShare() <em>Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEalShare()
	 * @generated
	 * @ordered
	 */
	protected double ealShare = EAL_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<SchoolUnit> units;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchoolEstateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SCHOOL_ESTATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCHOOL_ESTATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area getArea() {
		if (area != null && area.eIsProxy()) {
			InternalEObject oldArea = (InternalEObject)area;
			area = (Area)eResolveProxy(oldArea);
			if (area != oldArea) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.SCHOOL_ESTATE__AREA, oldArea, area));
			}
		}
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Area basicGetArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(Area newArea) {
		Area oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCHOOL_ESTATE__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEalShare() {
		return ealShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEalShare(double newEalShare) {
		double oldEalShare = ealShare;
		ealShare = newEalShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCHOOL_ESTATE__EAL_SHARE, oldEalShare, ealShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SchoolUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<SchoolUnit>(SchoolUnit.class, this, CroesoPackage.SCHOOL_ESTATE__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.SCHOOL_ESTATE__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.SCHOOL_ESTATE__NAME:
				return getName();
			case CroesoPackage.SCHOOL_ESTATE__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case CroesoPackage.SCHOOL_ESTATE__EAL_SHARE:
				return getEalShare();
			case CroesoPackage.SCHOOL_ESTATE__UNITS:
				return getUnits();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CroesoPackage.SCHOOL_ESTATE__NAME:
				setName((String)newValue);
				return;
			case CroesoPackage.SCHOOL_ESTATE__AREA:
				setArea((Area)newValue);
				return;
			case CroesoPackage.SCHOOL_ESTATE__EAL_SHARE:
				setEalShare((Double)newValue);
				return;
			case CroesoPackage.SCHOOL_ESTATE__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends SchoolUnit>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CroesoPackage.SCHOOL_ESTATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CroesoPackage.SCHOOL_ESTATE__AREA:
				setArea((Area)null);
				return;
			case CroesoPackage.SCHOOL_ESTATE__EAL_SHARE:
				setEalShare(EAL_SHARE_EDEFAULT);
				return;
			case CroesoPackage.SCHOOL_ESTATE__UNITS:
				getUnits().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CroesoPackage.SCHOOL_ESTATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CroesoPackage.SCHOOL_ESTATE__AREA:
				return area != null;
			case CroesoPackage.SCHOOL_ESTATE__EAL_SHARE:
				return ealShare != EAL_SHARE_EDEFAULT;
			case CroesoPackage.SCHOOL_ESTATE__UNITS:
				return units != null && !units.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", ealShare: ");
		result.append(ealShare);
		result.append(')');
		return result.toString();
	}

} //SchoolEstateImpl
