/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Age Specific Fertility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fertility as births per woman per year at each age.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.AgeSpecificFertility#getRates <em>Rates</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getAgeSpecificFertility()
 * @model
 * @generated
 */
public interface AgeSpecificFertility extends FertilityAssumption {
	/**
	 * Returns the value of the '<em><b>Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Births per woman per year, one per single year of age from the first age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rates</em>' attribute.
	 * @see #setRates(double[])
	 * @see cymru.croeso.model.CroesoPackage#getAgeSpecificFertility_Rates()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getRates();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.AgeSpecificFertility#getRates <em>Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rates</em>' attribute.
	 * @see #getRates()
	 * @generated
	 */
	void setRates(double[] value);

} // AgeSpecificFertility
