/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Esol Provider</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.EsolProviderImpl#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolProviderImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolProviderImpl#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolProviderImpl#getPlaces <em>Places</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolProviderImpl#getGuidedHours <em>Guided Hours</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EsolProviderImpl#getCostPerHour <em>Cost Per Hour</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EsolProviderImpl extends ModelElementImpl implements EsolProvider {
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
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

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
	 * The default value of the '{@link #getPlaces() <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final int PLACES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlaces() <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaces()
	 * @generated
	 * @ordered
	 */
	protected int places = PLACES_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidedHours() <em>Guided Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidedHours()
	 * @generated
	 * @ordered
	 */
	protected static final double GUIDED_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGuidedHours() <em>Guided Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidedHours()
	 * @generated
	 * @ordered
	 */
	protected double guidedHours = GUIDED_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostPerHour() <em>Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerHour()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_PER_HOUR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCostPerHour() <em>Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerHour()
	 * @generated
	 * @ordered
	 */
	protected double costPerHour = COST_PER_HOUR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EsolProviderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.ESOL_PROVIDER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_PROVIDER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.ESOL_PROVIDER__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_PROVIDER__ORGANISATION, oldOrganisation, organisation));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.ESOL_PROVIDER__AREA, oldArea, area));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_PROVIDER__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlaces() {
		return places;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaces(int newPlaces) {
		int oldPlaces = places;
		places = newPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_PROVIDER__PLACES, oldPlaces, places));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGuidedHours() {
		return guidedHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidedHours(double newGuidedHours) {
		double oldGuidedHours = guidedHours;
		guidedHours = newGuidedHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_PROVIDER__GUIDED_HOURS, oldGuidedHours, guidedHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCostPerHour() {
		return costPerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostPerHour(double newCostPerHour) {
		double oldCostPerHour = costPerHour;
		costPerHour = newCostPerHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.ESOL_PROVIDER__COST_PER_HOUR, oldCostPerHour, costPerHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.ESOL_PROVIDER__NAME:
				return getName();
			case CroesoPackage.ESOL_PROVIDER__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case CroesoPackage.ESOL_PROVIDER__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case CroesoPackage.ESOL_PROVIDER__PLACES:
				return getPlaces();
			case CroesoPackage.ESOL_PROVIDER__GUIDED_HOURS:
				return getGuidedHours();
			case CroesoPackage.ESOL_PROVIDER__COST_PER_HOUR:
				return getCostPerHour();
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
			case CroesoPackage.ESOL_PROVIDER__NAME:
				setName((String)newValue);
				return;
			case CroesoPackage.ESOL_PROVIDER__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case CroesoPackage.ESOL_PROVIDER__AREA:
				setArea((Area)newValue);
				return;
			case CroesoPackage.ESOL_PROVIDER__PLACES:
				setPlaces((Integer)newValue);
				return;
			case CroesoPackage.ESOL_PROVIDER__GUIDED_HOURS:
				setGuidedHours((Double)newValue);
				return;
			case CroesoPackage.ESOL_PROVIDER__COST_PER_HOUR:
				setCostPerHour((Double)newValue);
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
			case CroesoPackage.ESOL_PROVIDER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CroesoPackage.ESOL_PROVIDER__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case CroesoPackage.ESOL_PROVIDER__AREA:
				setArea((Area)null);
				return;
			case CroesoPackage.ESOL_PROVIDER__PLACES:
				setPlaces(PLACES_EDEFAULT);
				return;
			case CroesoPackage.ESOL_PROVIDER__GUIDED_HOURS:
				setGuidedHours(GUIDED_HOURS_EDEFAULT);
				return;
			case CroesoPackage.ESOL_PROVIDER__COST_PER_HOUR:
				setCostPerHour(COST_PER_HOUR_EDEFAULT);
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
			case CroesoPackage.ESOL_PROVIDER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CroesoPackage.ESOL_PROVIDER__ORGANISATION:
				return organisation != null;
			case CroesoPackage.ESOL_PROVIDER__AREA:
				return area != null;
			case CroesoPackage.ESOL_PROVIDER__PLACES:
				return places != PLACES_EDEFAULT;
			case CroesoPackage.ESOL_PROVIDER__GUIDED_HOURS:
				return guidedHours != GUIDED_HOURS_EDEFAULT;
			case CroesoPackage.ESOL_PROVIDER__COST_PER_HOUR:
				return costPerHour != COST_PER_HOUR_EDEFAULT;
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
		result.append(", places: ");
		result.append(places);
		result.append(", guidedHours: ");
		result.append(guidedHours);
		result.append(", costPerHour: ");
		result.append(costPerHour);
		result.append(')');
		return result.toString();
	}

} //EsolProviderImpl
