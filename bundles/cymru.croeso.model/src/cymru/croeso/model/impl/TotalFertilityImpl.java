/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.TotalFertility;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Total Fertility</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.TotalFertilityImpl#getTfr <em>Tfr</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.TotalFertilityImpl#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TotalFertilityImpl extends FertilityAssumptionImpl implements TotalFertility {
	/**
	 * The default value of the '{@link #getTfr() <em>Tfr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTfr()
	 * @generated
	 * @ordered
	 */
	protected static final double TFR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTfr() <em>Tfr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTfr()
	 * @generated
	 * @ordered
	 */
	protected double tfr = TFR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected static final double[] SCHEDULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected double[] schedule = SCHEDULE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TotalFertilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.TOTAL_FERTILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTfr() {
		return tfr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTfr(double newTfr) {
		double oldTfr = tfr;
		tfr = newTfr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.TOTAL_FERTILITY__TFR, oldTfr, tfr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(double[] newSchedule) {
		double[] oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.TOTAL_FERTILITY__SCHEDULE, oldSchedule, schedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.TOTAL_FERTILITY__TFR:
				return getTfr();
			case CroesoPackage.TOTAL_FERTILITY__SCHEDULE:
				return getSchedule();
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
			case CroesoPackage.TOTAL_FERTILITY__TFR:
				setTfr((Double)newValue);
				return;
			case CroesoPackage.TOTAL_FERTILITY__SCHEDULE:
				setSchedule((double[])newValue);
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
			case CroesoPackage.TOTAL_FERTILITY__TFR:
				setTfr(TFR_EDEFAULT);
				return;
			case CroesoPackage.TOTAL_FERTILITY__SCHEDULE:
				setSchedule(SCHEDULE_EDEFAULT);
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
			case CroesoPackage.TOTAL_FERTILITY__TFR:
				return tfr != TFR_EDEFAULT;
			case CroesoPackage.TOTAL_FERTILITY__SCHEDULE:
				return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
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
		result.append(" (tfr: ");
		result.append(tfr);
		result.append(", schedule: ");
		result.append(schedule);
		result.append(')');
		return result.toString();
	}

} //TotalFertilityImpl
