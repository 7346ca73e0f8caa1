/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.AreaKind;
import cymru.croeso.model.CroesoPackage;

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
 * An implementation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.AreaImpl#getCode <em>Code</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AreaImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AreaImpl#getNameCy <em>Name Cy</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AreaImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AreaImpl#getSubAreas <em>Sub Areas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AreaImpl extends ModelElementImpl implements Area {
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
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameCy() <em>Name Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameCy()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_CY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameCy() <em>Name Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameCy()
	 * @generated
	 * @ordered
	 */
	protected String nameCy = NAME_CY_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AreaKind KIND_EDEFAULT = AreaKind.LOCAL_AUTHORITY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AreaKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubAreas() <em>Sub Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> subAreas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.AREA;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.AREA__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.AREA__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameCy() {
		return nameCy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameCy(String newNameCy) {
		String oldNameCy = nameCy;
		nameCy = newNameCy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.AREA__NAME_CY, oldNameCy, nameCy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AreaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AreaKind newKind) {
		AreaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.AREA__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getSubAreas() {
		if (subAreas == null) {
			subAreas = new EObjectContainmentEList<Area>(Area.class, this, CroesoPackage.AREA__SUB_AREAS);
		}
		return subAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.AREA__SUB_AREAS:
				return ((InternalEList<?>)getSubAreas()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.AREA__CODE:
				return getCode();
			case CroesoPackage.AREA__NAME_EN:
				return getNameEn();
			case CroesoPackage.AREA__NAME_CY:
				return getNameCy();
			case CroesoPackage.AREA__KIND:
				return getKind();
			case CroesoPackage.AREA__SUB_AREAS:
				return getSubAreas();
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
			case CroesoPackage.AREA__CODE:
				setCode((String)newValue);
				return;
			case CroesoPackage.AREA__NAME_EN:
				setNameEn((String)newValue);
				return;
			case CroesoPackage.AREA__NAME_CY:
				setNameCy((String)newValue);
				return;
			case CroesoPackage.AREA__KIND:
				setKind((AreaKind)newValue);
				return;
			case CroesoPackage.AREA__SUB_AREAS:
				getSubAreas().clear();
				getSubAreas().addAll((Collection<? extends Area>)newValue);
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
			case CroesoPackage.AREA__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CroesoPackage.AREA__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case CroesoPackage.AREA__NAME_CY:
				setNameCy(NAME_CY_EDEFAULT);
				return;
			case CroesoPackage.AREA__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CroesoPackage.AREA__SUB_AREAS:
				getSubAreas().clear();
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
			case CroesoPackage.AREA__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CroesoPackage.AREA__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case CroesoPackage.AREA__NAME_CY:
				return NAME_CY_EDEFAULT == null ? nameCy != null : !NAME_CY_EDEFAULT.equals(nameCy);
			case CroesoPackage.AREA__KIND:
				return kind != KIND_EDEFAULT;
			case CroesoPackage.AREA__SUB_AREAS:
				return subAreas != null && !subAreas.isEmpty();
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
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", nameCy: ");
		result.append(nameCy);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //AreaImpl
