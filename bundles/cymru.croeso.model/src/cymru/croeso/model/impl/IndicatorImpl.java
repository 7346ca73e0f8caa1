/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Measurement;

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
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#getWording <em>Wording</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#getWellBeingIndicator <em>Well Being Indicator</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#isDataForMigrants <em>Data For Migrants</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#isDataForUkBorn <em>Data For Uk Born</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.IndicatorImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends ModelElementImpl implements Indicator {
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
	 * The default value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected String wording = WORDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getWellBeingIndicator() <em>Well Being Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWellBeingIndicator()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WELL_BEING_INDICATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWellBeingIndicator() <em>Well Being Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWellBeingIndicator()
	 * @generated
	 * @ordered
	 */
	protected Integer wellBeingIndicator = WELL_BEING_INDICATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isDataForMigrants() <em>Data For Migrants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDataForMigrants()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DATA_FOR_MIGRANTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDataForMigrants() <em>Data For Migrants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDataForMigrants()
	 * @generated
	 * @ordered
	 */
	protected boolean dataForMigrants = DATA_FOR_MIGRANTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDataForUkBorn() <em>Data For Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDataForUkBorn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DATA_FOR_UK_BORN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDataForUkBorn() <em>Data For Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDataForUkBorn()
	 * @generated
	 * @ordered
	 */
	protected boolean dataForUkBorn = DATA_FOR_UK_BORN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.INDICATOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.INDICATOR__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.INDICATOR__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWording() {
		return wording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWording(String newWording) {
		String oldWording = wording;
		wording = newWording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.INDICATOR__WORDING, oldWording, wording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWellBeingIndicator() {
		return wellBeingIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWellBeingIndicator(Integer newWellBeingIndicator) {
		Integer oldWellBeingIndicator = wellBeingIndicator;
		wellBeingIndicator = newWellBeingIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.INDICATOR__WELL_BEING_INDICATOR, oldWellBeingIndicator, wellBeingIndicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDataForMigrants() {
		return dataForMigrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataForMigrants(boolean newDataForMigrants) {
		boolean oldDataForMigrants = dataForMigrants;
		dataForMigrants = newDataForMigrants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.INDICATOR__DATA_FOR_MIGRANTS, oldDataForMigrants, dataForMigrants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDataForUkBorn() {
		return dataForUkBorn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataForUkBorn(boolean newDataForUkBorn) {
		boolean oldDataForUkBorn = dataForUkBorn;
		dataForUkBorn = newDataForUkBorn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.INDICATOR__DATA_FOR_UK_BORN, oldDataForUkBorn, dataForUkBorn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, CroesoPackage.INDICATOR__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.INDICATOR__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.INDICATOR__ID:
				return getId();
			case CroesoPackage.INDICATOR__DOMAIN:
				return getDomain();
			case CroesoPackage.INDICATOR__WORDING:
				return getWording();
			case CroesoPackage.INDICATOR__WELL_BEING_INDICATOR:
				return getWellBeingIndicator();
			case CroesoPackage.INDICATOR__DATA_FOR_MIGRANTS:
				return isDataForMigrants();
			case CroesoPackage.INDICATOR__DATA_FOR_UK_BORN:
				return isDataForUkBorn();
			case CroesoPackage.INDICATOR__MEASUREMENTS:
				return getMeasurements();
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
			case CroesoPackage.INDICATOR__ID:
				setId((String)newValue);
				return;
			case CroesoPackage.INDICATOR__DOMAIN:
				setDomain((IntegrationDomain)newValue);
				return;
			case CroesoPackage.INDICATOR__WORDING:
				setWording((String)newValue);
				return;
			case CroesoPackage.INDICATOR__WELL_BEING_INDICATOR:
				setWellBeingIndicator((Integer)newValue);
				return;
			case CroesoPackage.INDICATOR__DATA_FOR_MIGRANTS:
				setDataForMigrants((Boolean)newValue);
				return;
			case CroesoPackage.INDICATOR__DATA_FOR_UK_BORN:
				setDataForUkBorn((Boolean)newValue);
				return;
			case CroesoPackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
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
			case CroesoPackage.INDICATOR__ID:
				setId(ID_EDEFAULT);
				return;
			case CroesoPackage.INDICATOR__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case CroesoPackage.INDICATOR__WORDING:
				setWording(WORDING_EDEFAULT);
				return;
			case CroesoPackage.INDICATOR__WELL_BEING_INDICATOR:
				setWellBeingIndicator(WELL_BEING_INDICATOR_EDEFAULT);
				return;
			case CroesoPackage.INDICATOR__DATA_FOR_MIGRANTS:
				setDataForMigrants(DATA_FOR_MIGRANTS_EDEFAULT);
				return;
			case CroesoPackage.INDICATOR__DATA_FOR_UK_BORN:
				setDataForUkBorn(DATA_FOR_UK_BORN_EDEFAULT);
				return;
			case CroesoPackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
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
			case CroesoPackage.INDICATOR__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CroesoPackage.INDICATOR__DOMAIN:
				return domain != DOMAIN_EDEFAULT;
			case CroesoPackage.INDICATOR__WORDING:
				return WORDING_EDEFAULT == null ? wording != null : !WORDING_EDEFAULT.equals(wording);
			case CroesoPackage.INDICATOR__WELL_BEING_INDICATOR:
				return WELL_BEING_INDICATOR_EDEFAULT == null ? wellBeingIndicator != null : !WELL_BEING_INDICATOR_EDEFAULT.equals(wellBeingIndicator);
			case CroesoPackage.INDICATOR__DATA_FOR_MIGRANTS:
				return dataForMigrants != DATA_FOR_MIGRANTS_EDEFAULT;
			case CroesoPackage.INDICATOR__DATA_FOR_UK_BORN:
				return dataForUkBorn != DATA_FOR_UK_BORN_EDEFAULT;
			case CroesoPackage.INDICATOR__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
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
		result.append(", domain: ");
		result.append(domain);
		result.append(", wording: ");
		result.append(wording);
		result.append(", wellBeingIndicator: ");
		result.append(wellBeingIndicator);
		result.append(", dataForMigrants: ");
		result.append(dataForMigrants);
		result.append(", dataForUkBorn: ");
		result.append(dataForUkBorn);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
