/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.PopulationGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Population Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.PopulationGroupImpl#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.PopulationGroupImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.PopulationGroupImpl#getNameCy <em>Name Cy</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.PopulationGroupImpl#isUkBorn <em>Uk Born</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PopulationGroupImpl extends ModelElementImpl implements PopulationGroup {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #isUkBorn() <em>Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUkBorn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UK_BORN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUkBorn() <em>Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUkBorn()
	 * @generated
	 * @ordered
	 */
	protected boolean ukBorn = UK_BORN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PopulationGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.POPULATION_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.POPULATION_GROUP__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.POPULATION_GROUP__NAME_EN, oldNameEn, nameEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.POPULATION_GROUP__NAME_CY, oldNameCy, nameCy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUkBorn() {
		return ukBorn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUkBorn(boolean newUkBorn) {
		boolean oldUkBorn = ukBorn;
		ukBorn = newUkBorn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.POPULATION_GROUP__UK_BORN, oldUkBorn, ukBorn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.POPULATION_GROUP__ID:
				return getId();
			case CroesoPackage.POPULATION_GROUP__NAME_EN:
				return getNameEn();
			case CroesoPackage.POPULATION_GROUP__NAME_CY:
				return getNameCy();
			case CroesoPackage.POPULATION_GROUP__UK_BORN:
				return isUkBorn();
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
			case CroesoPackage.POPULATION_GROUP__ID:
				setId((String)newValue);
				return;
			case CroesoPackage.POPULATION_GROUP__NAME_EN:
				setNameEn((String)newValue);
				return;
			case CroesoPackage.POPULATION_GROUP__NAME_CY:
				setNameCy((String)newValue);
				return;
			case CroesoPackage.POPULATION_GROUP__UK_BORN:
				setUkBorn((Boolean)newValue);
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
			case CroesoPackage.POPULATION_GROUP__ID:
				setId(ID_EDEFAULT);
				return;
			case CroesoPackage.POPULATION_GROUP__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case CroesoPackage.POPULATION_GROUP__NAME_CY:
				setNameCy(NAME_CY_EDEFAULT);
				return;
			case CroesoPackage.POPULATION_GROUP__UK_BORN:
				setUkBorn(UK_BORN_EDEFAULT);
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
			case CroesoPackage.POPULATION_GROUP__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CroesoPackage.POPULATION_GROUP__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case CroesoPackage.POPULATION_GROUP__NAME_CY:
				return NAME_CY_EDEFAULT == null ? nameCy != null : !NAME_CY_EDEFAULT.equals(nameCy);
			case CroesoPackage.POPULATION_GROUP__UK_BORN:
				return ukBorn != UK_BORN_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", nameCy: ");
		result.append(nameCy);
		result.append(", ukBorn: ");
		result.append(ukBorn);
		result.append(')');
		return result.toString();
	}

} //PopulationGroupImpl
