/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Theme;

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
 * An implementation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.ThemeImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ThemeImpl#getNameCy <em>Name Cy</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ThemeImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ThemeImpl#getAims <em>Aims</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThemeImpl extends ModelElementImpl implements Theme {
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
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final IntegrationDomain DOMAIN_EDEFAULT = IntegrationDomain.WORK;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected IntegrationDomain domain = DOMAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAims() <em>Aims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAims()
	 * @generated
	 * @ordered
	 */
	protected EList<Aim> aims;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.THEME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.THEME__NAME_EN, oldNameEn, nameEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.THEME__NAME_CY, oldNameCy, nameCy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationDomain getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(IntegrationDomain newDomain) {
		IntegrationDomain oldDomain = domain;
		domain = newDomain == null ? DOMAIN_EDEFAULT : newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.THEME__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Aim> getAims() {
		if (aims == null) {
			aims = new EObjectContainmentEList<Aim>(Aim.class, this, CroesoPackage.THEME__AIMS);
		}
		return aims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.THEME__AIMS:
				return ((InternalEList<?>)getAims()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.THEME__NAME_EN:
				return getNameEn();
			case CroesoPackage.THEME__NAME_CY:
				return getNameCy();
			case CroesoPackage.THEME__DOMAIN:
				return getDomain();
			case CroesoPackage.THEME__AIMS:
				return getAims();
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
			case CroesoPackage.THEME__NAME_EN:
				setNameEn((String)newValue);
				return;
			case CroesoPackage.THEME__NAME_CY:
				setNameCy((String)newValue);
				return;
			case CroesoPackage.THEME__DOMAIN:
				setDomain((IntegrationDomain)newValue);
				return;
			case CroesoPackage.THEME__AIMS:
				getAims().clear();
				getAims().addAll((Collection<? extends Aim>)newValue);
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
			case CroesoPackage.THEME__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case CroesoPackage.THEME__NAME_CY:
				setNameCy(NAME_CY_EDEFAULT);
				return;
			case CroesoPackage.THEME__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case CroesoPackage.THEME__AIMS:
				getAims().clear();
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
			case CroesoPackage.THEME__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case CroesoPackage.THEME__NAME_CY:
				return NAME_CY_EDEFAULT == null ? nameCy != null : !NAME_CY_EDEFAULT.equals(nameCy);
			case CroesoPackage.THEME__DOMAIN:
				return domain != DOMAIN_EDEFAULT;
			case CroesoPackage.THEME__AIMS:
				return aims != null && !aims.isEmpty();
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
		result.append(" (nameEn: ");
		result.append(nameEn);
		result.append(", nameCy: ");
		result.append(nameCy);
		result.append(", domain: ");
		result.append(domain);
		result.append(')');
		return result.toString();
	}

} //ThemeImpl
