/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Life Expectancy Mortality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Mortality as life expectancy at birth, fitted onto a standard schedule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.LifeExpectancyMortality#getMaleLifeExpectancy <em>Male Life Expectancy</em>}</li>
 *   <li>{@link cymru.croeso.model.LifeExpectancyMortality#getFemaleLifeExpectancy <em>Female Life Expectancy</em>}</li>
 *   <li>{@link cymru.croeso.model.LifeExpectancyMortality#getStandardRates <em>Standard Rates</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getLifeExpectancyMortality()
 * @model
 * @generated
 */
public interface LifeExpectancyMortality extends MortalityAssumption {
	/**
	 * Returns the value of the '<em><b>Male Life Expectancy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Life expectancy at birth of males, in years.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Male Life Expectancy</em>' attribute.
	 * @see #setMaleLifeExpectancy(double)
	 * @see cymru.croeso.model.CroesoPackage#getLifeExpectancyMortality_MaleLifeExpectancy()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='130'"
	 * @generated
	 */
	double getMaleLifeExpectancy();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.LifeExpectancyMortality#getMaleLifeExpectancy <em>Male Life Expectancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Male Life Expectancy</em>' attribute.
	 * @see #getMaleLifeExpectancy()
	 * @generated
	 */
	void setMaleLifeExpectancy(double value);

	/**
	 * Returns the value of the '<em><b>Female Life Expectancy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Life expectancy at birth of females, in years.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Female Life Expectancy</em>' attribute.
	 * @see #setFemaleLifeExpectancy(double)
	 * @see cymru.croeso.model.CroesoPackage#getLifeExpectancyMortality_FemaleLifeExpectancy()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='130'"
	 * @generated
	 */
	double getFemaleLifeExpectancy();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.LifeExpectancyMortality#getFemaleLifeExpectancy <em>Female Life Expectancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Female Life Expectancy</em>' attribute.
	 * @see #getFemaleLifeExpectancy()
	 * @generated
	 */
	void setFemaleLifeExpectancy(double value);

	/**
	 * Returns the value of the '<em><b>Standard Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The standard probabilities of dying by sex and age that are scaled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Rates</em>' attribute.
	 * @see #setStandardRates(double[])
	 * @see cymru.croeso.model.CroesoPackage#getLifeExpectancyMortality_StandardRates()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getStandardRates();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.LifeExpectancyMortality#getStandardRates <em>Standard Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Rates</em>' attribute.
	 * @see #getStandardRates()
	 * @generated
	 */
	void setStandardRates(double[] value);

} // LifeExpectancyMortality
