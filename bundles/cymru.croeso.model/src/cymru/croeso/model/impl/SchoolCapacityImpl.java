/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.YearGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>School Capacity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.SchoolCapacityImpl#getYearGroup <em>Year Group</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SchoolCapacityImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SchoolCapacityImpl#getPlaces <em>Places</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchoolCapacityImpl extends ModelElementImpl implements SchoolCapacity {
	/**
	 * The default value of the '{@link #getYearGroup() <em>Year Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearGroup()
	 * @generated
	 * @ordered
	 */
	protected static final YearGroup YEAR_GROUP_EDEFAULT = YearGroup.NURSERY;

	/**
	 * The cached value of the '{@link #getYearGroup() <em>Year Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearGroup()
	 * @generated
	 * @ordered
	 */
	protected YearGroup yearGroup = YEAR_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FROM_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected int fromYear = FROM_YEAR_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchoolCapacityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SCHOOL_CAPACITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearGroup getYearGroup() {
		return yearGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearGroup(YearGroup newYearGroup) {
		YearGroup oldYearGroup = yearGroup;
		yearGroup = newYearGroup == null ? YEAR_GROUP_EDEFAULT : newYearGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCHOOL_CAPACITY__YEAR_GROUP, oldYearGroup, yearGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFromYear() {
		return fromYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromYear(int newFromYear) {
		int oldFromYear = fromYear;
		fromYear = newFromYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCHOOL_CAPACITY__FROM_YEAR, oldFromYear, fromYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCHOOL_CAPACITY__PLACES, oldPlaces, places));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.SCHOOL_CAPACITY__YEAR_GROUP:
				return getYearGroup();
			case CroesoPackage.SCHOOL_CAPACITY__FROM_YEAR:
				return getFromYear();
			case CroesoPackage.SCHOOL_CAPACITY__PLACES:
				return getPlaces();
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
			case CroesoPackage.SCHOOL_CAPACITY__YEAR_GROUP:
				setYearGroup((YearGroup)newValue);
				return;
			case CroesoPackage.SCHOOL_CAPACITY__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case CroesoPackage.SCHOOL_CAPACITY__PLACES:
				setPlaces((Integer)newValue);
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
			case CroesoPackage.SCHOOL_CAPACITY__YEAR_GROUP:
				setYearGroup(YEAR_GROUP_EDEFAULT);
				return;
			case CroesoPackage.SCHOOL_CAPACITY__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SCHOOL_CAPACITY__PLACES:
				setPlaces(PLACES_EDEFAULT);
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
			case CroesoPackage.SCHOOL_CAPACITY__YEAR_GROUP:
				return yearGroup != YEAR_GROUP_EDEFAULT;
			case CroesoPackage.SCHOOL_CAPACITY__FROM_YEAR:
				return fromYear != FROM_YEAR_EDEFAULT;
			case CroesoPackage.SCHOOL_CAPACITY__PLACES:
				return places != PLACES_EDEFAULT;
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
		result.append(" (yearGroup: ");
		result.append(yearGroup);
		result.append(", fromYear: ");
		result.append(fromYear);
		result.append(", places: ");
		result.append(places);
		result.append(')');
		return result.toString();
	}

} //SchoolCapacityImpl
