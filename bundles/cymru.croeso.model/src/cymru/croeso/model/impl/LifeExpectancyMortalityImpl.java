/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.LifeExpectancyMortality;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Life Expectancy Mortality</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.LifeExpectancyMortalityImpl#getMaleLifeExpectancy <em>Male Life Expectancy</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.LifeExpectancyMortalityImpl#getFemaleLifeExpectancy <em>Female Life Expectancy</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.LifeExpectancyMortalityImpl#getStandardRates <em>Standard Rates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifeExpectancyMortalityImpl extends MortalityAssumptionImpl implements LifeExpectancyMortality {
	/**
	 * The default value of the '{@link #getMaleLifeExpectancy() <em>Male Life Expectancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaleLifeExpectancy()
	 * @generated
	 * @ordered
	 */
	protected static final double MALE_LIFE_EXPECTANCY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaleLifeExpectancy() <em>Male Life Expectancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaleLifeExpectancy()
	 * @generated
	 * @ordered
	 */
	protected double maleLifeExpectancy = MALE_LIFE_EXPECTANCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFemaleLifeExpectancy() <em>Female Life Expectancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFemaleLifeExpectancy()
	 * @generated
	 * @ordered
	 */
	protected static final double FEMALE_LIFE_EXPECTANCY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFemaleLifeExpectancy() <em>Female Life Expectancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFemaleLifeExpectancy()
	 * @generated
	 * @ordered
	 */
	protected double femaleLifeExpectancy = FEMALE_LIFE_EXPECTANCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardRates() <em>Standard Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardRates()
	 * @generated
	 * @ordered
	 */
	protected static final double[] STANDARD_RATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStandardRates() <em>Standard Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardRates()
	 * @generated
	 * @ordered
	 */
	protected double[] standardRates = STANDARD_RATES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifeExpectancyMortalityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.LIFE_EXPECTANCY_MORTALITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaleLifeExpectancy() {
		return maleLifeExpectancy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaleLifeExpectancy(double newMaleLifeExpectancy) {
		double oldMaleLifeExpectancy = maleLifeExpectancy;
		maleLifeExpectancy = newMaleLifeExpectancy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY, oldMaleLifeExpectancy, maleLifeExpectancy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFemaleLifeExpectancy() {
		return femaleLifeExpectancy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFemaleLifeExpectancy(double newFemaleLifeExpectancy) {
		double oldFemaleLifeExpectancy = femaleLifeExpectancy;
		femaleLifeExpectancy = newFemaleLifeExpectancy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY, oldFemaleLifeExpectancy, femaleLifeExpectancy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getStandardRates() {
		return standardRates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardRates(double[] newStandardRates) {
		double[] oldStandardRates = standardRates;
		standardRates = newStandardRates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, oldStandardRates, standardRates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY:
				return getMaleLifeExpectancy();
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY:
				return getFemaleLifeExpectancy();
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES:
				return getStandardRates();
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
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY:
				setMaleLifeExpectancy((Double)newValue);
				return;
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY:
				setFemaleLifeExpectancy((Double)newValue);
				return;
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES:
				setStandardRates((double[])newValue);
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
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY:
				setMaleLifeExpectancy(MALE_LIFE_EXPECTANCY_EDEFAULT);
				return;
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY:
				setFemaleLifeExpectancy(FEMALE_LIFE_EXPECTANCY_EDEFAULT);
				return;
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES:
				setStandardRates(STANDARD_RATES_EDEFAULT);
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
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY:
				return maleLifeExpectancy != MALE_LIFE_EXPECTANCY_EDEFAULT;
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY:
				return femaleLifeExpectancy != FEMALE_LIFE_EXPECTANCY_EDEFAULT;
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES:
				return STANDARD_RATES_EDEFAULT == null ? standardRates != null : !STANDARD_RATES_EDEFAULT.equals(standardRates);
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
		result.append(" (maleLifeExpectancy: ");
		result.append(maleLifeExpectancy);
		result.append(", femaleLifeExpectancy: ");
		result.append(femaleLifeExpectancy);
		result.append(", standardRates: ");
		result.append(standardRates);
		result.append(')');
		return result.toString();
	}

} //LifeExpectancyMortalityImpl
