/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Age Specific Mortality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Mortality as the probability of dying within a year, by sex and age.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.AgeSpecificMortality#getRates <em>Rates</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getAgeSpecificMortality()
 * @model
 * @generated
 */
public interface AgeSpecificMortality extends MortalityAssumption {
	/**
	 * Returns the value of the '<em><b>Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probabilities of dying within a year, by sex (male, female) and single year of age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rates</em>' attribute.
	 * @see #setRates(double[])
	 * @see cymru.croeso.model.CroesoPackage#getAgeSpecificMortality_Rates()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getRates();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.AgeSpecificMortality#getRates <em>Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rates</em>' attribute.
	 * @see #getRates()
	 * @generated
	 */
	void setRates(double[] value);

} // AgeSpecificMortality
