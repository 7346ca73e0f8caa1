/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.PopulationGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Esol Need</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.EsolNeedImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolNeedImpl#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolNeedImpl#getLackingEnglish <em>Lacking English</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolNeedImpl#getUptake <em>Uptake</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EsolNeedImpl extends ModelElementImpl implements EsolNeed {
	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected PopulationGroup group;

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
	 * The default value of the '{@link #getLackingEnglish() <em>Lacking English</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLackingEnglish()
	 * @generated
	 * @ordered
	 */
	protected static final double LACKING_ENGLISH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLackingEnglish() <em>Lacking English</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLackingEnglish()
	 * @generated
	 * @ordered
	 */
	protected double lackingEnglish = LACKING_ENGLISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getUptake() <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptake()
	 * @generated
	 * @ordered
	 */
	protected static final double UPTAKE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUptake() <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptake()
	 * @generated
	 * @ordered
	 */
	protected double uptake = UPTAKE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EsolNeedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.ESOL_NEED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (PopulationGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.ESOL_NEED__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(PopulationGroup newGroup) {
		PopulationGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_NEED__GROUP, oldGroup, group));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.ESOL_NEED__AREA, oldArea, area));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_NEED__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLackingEnglish() {
		return lackingEnglish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLackingEnglish(double newLackingEnglish) {
		double oldLackingEnglish = lackingEnglish;
		lackingEnglish = newLackingEnglish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_NEED__LACKING_ENGLISH, oldLackingEnglish, lackingEnglish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUptake() {
		return uptake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUptake(double newUptake) {
		double oldUptake = uptake;
		uptake = newUptake;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_NEED__UPTAKE, oldUptake, uptake));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.ESOL_NEED__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case CroesoPackage.ESOL_NEED__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case CroesoPackage.ESOL_NEED__LACKING_ENGLISH:
				return getLackingEnglish();
			case CroesoPackage.ESOL_NEED__UPTAKE:
				return getUptake();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CroesoPackage.ESOL_NEED__GROUP:
				setGroup((PopulationGroup)newValue);
				return;
			case CroesoPackage.ESOL_NEED__AREA:
				setArea((Area)newValue);
				return;
			case CroesoPackage.ESOL_NEED__LACKING_ENGLISH:
				setLackingEnglish((Double)newValue);
				return;
			case CroesoPackage.ESOL_NEED__UPTAKE:
				setUptake((Double)newValue);
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
			case CroesoPackage.ESOL_NEED__GROUP:
				setGroup((PopulationGroup)null);
				return;
			case CroesoPackage.ESOL_NEED__AREA:
				setArea((Area)null);
				return;
			case CroesoPackage.ESOL_NEED__LACKING_ENGLISH:
				setLackingEnglish(LACKING_ENGLISH_EDEFAULT);
				return;
			case CroesoPackage.ESOL_NEED__UPTAKE:
				setUptake(UPTAKE_EDEFAULT);
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
			case CroesoPackage.ESOL_NEED__GROUP:
				return group != null;
			case CroesoPackage.ESOL_NEED__AREA:
				return area != null;
			case CroesoPackage.ESOL_NEED__LACKING_ENGLISH:
				return lackingEnglish != LACKING_ENGLISH_EDEFAULT;
			case CroesoPackage.ESOL_NEED__UPTAKE:
				return uptake != UPTAKE_EDEFAULT;
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
		result.append(" (lackingEnglish: ");
		result.append(lackingEnglish);
		result.append(", uptake: ");
		result.append(uptake);
		result.append(')');
		return result.toString();
	}

} //EsolNeedImpl
