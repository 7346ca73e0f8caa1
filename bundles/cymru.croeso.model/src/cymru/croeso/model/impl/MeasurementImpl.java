/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Measurement;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.MeasurementImpl#getYear <em>Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.MeasurementImpl#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.MeasurementImpl#getMigrants <em>Migrants</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.MeasurementImpl#getUkBorn <em>Uk Born</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.MeasurementImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.MeasurementImpl#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends ModelElementImpl implements Measurement {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

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
	 * The default value of the '{@link #getMigrants() <em>Migrants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMigrants()
	 * @generated
	 * @ordered
	 */
	protected static final Double MIGRANTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMigrants() <em>Migrants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMigrants()
	 * @generated
	 * @ordered
	 */
	protected Double migrants = MIGRANTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUkBorn() <em>Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBorn()
	 * @generated
	 * @ordered
	 */
	protected static final Double UK_BORN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUkBorn() <em>Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBorn()
	 * @generated
	 * @ordered
	 */
	protected Double ukBorn = UK_BORN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final Double BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Double baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Double target = TARGET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.MEASUREMENT__YEAR, oldYear, year));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.MEASUREMENT__AREA, oldArea, area));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.MEASUREMENT__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMigrants() {
		return migrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMigrants(Double newMigrants) {
		Double oldMigrants = migrants;
		migrants = newMigrants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.MEASUREMENT__MIGRANTS, oldMigrants, migrants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getUkBorn() {
		return ukBorn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUkBorn(Double newUkBorn) {
		Double oldUkBorn = ukBorn;
		ukBorn = newUkBorn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.MEASUREMENT__UK_BORN, oldUkBorn, ukBorn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Double newBaseline) {
		Double oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.MEASUREMENT__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Double newTarget) {
		Double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.MEASUREMENT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.MEASUREMENT__YEAR:
				return getYear();
			case CroesoPackage.MEASUREMENT__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case CroesoPackage.MEASUREMENT__MIGRANTS:
				return getMigrants();
			case CroesoPackage.MEASUREMENT__UK_BORN:
				return getUkBorn();
			case CroesoPackage.MEASUREMENT__BASELINE:
				return getBaseline();
			case CroesoPackage.MEASUREMENT__TARGET:
				return getTarget();
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
			case CroesoPackage.MEASUREMENT__YEAR:
				setYear((Integer)newValue);
				return;
			case CroesoPackage.MEASUREMENT__AREA:
				setArea((Area)newValue);
				return;
			case CroesoPackage.MEASUREMENT__MIGRANTS:
				setMigrants((Double)newValue);
				return;
			case CroesoPackage.MEASUREMENT__UK_BORN:
				setUkBorn((Double)newValue);
				return;
			case CroesoPackage.MEASUREMENT__BASELINE:
				setBaseline((Double)newValue);
				return;
			case CroesoPackage.MEASUREMENT__TARGET:
				setTarget((Double)newValue);
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
			case CroesoPackage.MEASUREMENT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case CroesoPackage.MEASUREMENT__AREA:
				setArea((Area)null);
				return;
			case CroesoPackage.MEASUREMENT__MIGRANTS:
				setMigrants(MIGRANTS_EDEFAULT);
				return;
			case CroesoPackage.MEASUREMENT__UK_BORN:
				setUkBorn(UK_BORN_EDEFAULT);
				return;
			case CroesoPackage.MEASUREMENT__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case CroesoPackage.MEASUREMENT__TARGET:
				setTarget(TARGET_EDEFAULT);
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
			case CroesoPackage.MEASUREMENT__YEAR:
				return year != YEAR_EDEFAULT;
			case CroesoPackage.MEASUREMENT__AREA:
				return area != null;
			case CroesoPackage.MEASUREMENT__MIGRANTS:
				return MIGRANTS_EDEFAULT == null ? migrants != null : !MIGRANTS_EDEFAULT.equals(migrants);
			case CroesoPackage.MEASUREMENT__UK_BORN:
				return UK_BORN_EDEFAULT == null ? ukBorn != null : !UK_BORN_EDEFAULT.equals(ukBorn);
			case CroesoPackage.MEASUREMENT__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case CroesoPackage.MEASUREMENT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
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
		result.append(" (year: ");
		result.append(year);
		result.append(", migrants: ");
		result.append(migrants);
		result.append(", ukBorn: ");
		result.append(ukBorn);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
