/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.GpPractice;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gp Practice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.GpPracticeImpl#getCode <em>Code</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GpPracticeImpl#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GpPracticeImpl#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GpPracticeImpl#getListCapacity <em>List Capacity</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GpPracticeImpl#getRegistered <em>Registered</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GpPracticeImpl extends ModelElementImpl implements GpPractice {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getListCapacity() <em>List Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int LIST_CAPACITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getListCapacity() <em>List Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListCapacity()
	 * @generated
	 * @ordered
	 */
	protected int listCapacity = LIST_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistered()
	 * @generated
	 * @ordered
	 */
	protected static final int REGISTERED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistered()
	 * @generated
	 * @ordered
	 */
	protected int registered = REGISTERED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GpPracticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.GP_PRACTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GP_PRACTICE__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GP_PRACTICE__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.GP_PRACTICE__AREA, oldArea, area));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GP_PRACTICE__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getListCapacity() {
		return listCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListCapacity(int newListCapacity) {
		int oldListCapacity = listCapacity;
		listCapacity = newListCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GP_PRACTICE__LIST_CAPACITY, oldListCapacity, listCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRegistered() {
		return registered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistered(int newRegistered) {
		int oldRegistered = registered;
		registered = newRegistered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GP_PRACTICE__REGISTERED, oldRegistered, registered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.GP_PRACTICE__CODE:
				return getCode();
			case CroesoPackage.GP_PRACTICE__NAME:
				return getName();
			case CroesoPackage.GP_PRACTICE__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case CroesoPackage.GP_PRACTICE__LIST_CAPACITY:
				return getListCapacity();
			case CroesoPackage.GP_PRACTICE__REGISTERED:
				return getRegistered();
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
			case CroesoPackage.GP_PRACTICE__CODE:
				setCode((String)newValue);
				return;
			case CroesoPackage.GP_PRACTICE__NAME:
				setName((String)newValue);
				return;
			case CroesoPackage.GP_PRACTICE__AREA:
				setArea((Area)newValue);
				return;
			case CroesoPackage.GP_PRACTICE__LIST_CAPACITY:
				setListCapacity((Integer)newValue);
				return;
			case CroesoPackage.GP_PRACTICE__REGISTERED:
				setRegistered((Integer)newValue);
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
			case CroesoPackage.GP_PRACTICE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CroesoPackage.GP_PRACTICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CroesoPackage.GP_PRACTICE__AREA:
				setArea((Area)null);
				return;
			case CroesoPackage.GP_PRACTICE__LIST_CAPACITY:
				setListCapacity(LIST_CAPACITY_EDEFAULT);
				return;
			case CroesoPackage.GP_PRACTICE__REGISTERED:
				setRegistered(REGISTERED_EDEFAULT);
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
			case CroesoPackage.GP_PRACTICE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CroesoPackage.GP_PRACTICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CroesoPackage.GP_PRACTICE__AREA:
				return area != null;
			case CroesoPackage.GP_PRACTICE__LIST_CAPACITY:
				return listCapacity != LIST_CAPACITY_EDEFAULT;
			case CroesoPackage.GP_PRACTICE__REGISTERED:
				return registered != REGISTERED_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", listCapacity: ");
		result.append(listCapacity);
		result.append(", registered: ");
		result.append(registered);
		result.append(')');
		return result.toString();
	}

} //GpPracticeImpl
