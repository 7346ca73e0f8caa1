/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.HousingCompletion;
import cymru.croeso.model.HousingStock;

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
 * An implementation of the model object '<em><b>Housing Stock</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.HousingStockImpl#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.HousingStockImpl#getDwellings <em>Dwellings</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.HousingStockImpl#getPipeline <em>Pipeline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HousingStockImpl extends ModelElementImpl implements HousingStock {
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
	 * The default value of the '{@link #getDwellings() <em>Dwellings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDwellings()
	 * @generated
	 * @ordered
	 */
	protected static final int DWELLINGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDwellings() <em>Dwellings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDwellings()
	 * @generated
	 * @ordered
	 */
	protected int dwellings = DWELLINGS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPipeline() <em>Pipeline</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipeline()
	 * @generated
	 * @ordered
	 */
	protected EList<HousingCompletion> pipeline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HousingStockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.HOUSING_STOCK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.HOUSING_STOCK__AREA, oldArea, area));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.HOUSING_STOCK__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDwellings() {
		return dwellings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDwellings(int newDwellings) {
		int oldDwellings = dwellings;
		dwellings = newDwellings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.HOUSING_STOCK__DWELLINGS, oldDwellings, dwellings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HousingCompletion> getPipeline() {
		if (pipeline == null) {
			pipeline = new EObjectContainmentEList<HousingCompletion>(HousingCompletion.class, this, CroesoPackage.HOUSING_STOCK__PIPELINE);
		}
		return pipeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.HOUSING_STOCK__PIPELINE:
				return ((InternalEList<?>)getPipeline()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.HOUSING_STOCK__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case CroesoPackage.HOUSING_STOCK__DWELLINGS:
				return getDwellings();
			case CroesoPackage.HOUSING_STOCK__PIPELINE:
				return getPipeline();
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
			case CroesoPackage.HOUSING_STOCK__AREA:
				setArea((Area)newValue);
				return;
			case CroesoPackage.HOUSING_STOCK__DWELLINGS:
				setDwellings((Integer)newValue);
				return;
			case CroesoPackage.HOUSING_STOCK__PIPELINE:
				getPipeline().clear();
				getPipeline().addAll((Collection<? extends HousingCompletion>)newValue);
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
			case CroesoPackage.HOUSING_STOCK__AREA:
				setArea((Area)null);
				return;
			case CroesoPackage.HOUSING_STOCK__DWELLINGS:
				setDwellings(DWELLINGS_EDEFAULT);
				return;
			case CroesoPackage.HOUSING_STOCK__PIPELINE:
				getPipeline().clear();
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
			case CroesoPackage.HOUSING_STOCK__AREA:
				return area != null;
			case CroesoPackage.HOUSING_STOCK__DWELLINGS:
				return dwellings != DWELLINGS_EDEFAULT;
			case CroesoPackage.HOUSING_STOCK__PIPELINE:
				return pipeline != null && !pipeline.isEmpty();
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
		result.append(" (dwellings: ");
		result.append(dwellings);
		result.append(')');
		return result.toString();
	}

} //HousingStockImpl
