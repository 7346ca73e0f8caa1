/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Rate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A migration flow given as a yearly rate on the population at risk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.MigrationRate#getRates <em>Rates</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getMigrationRate()
 * @model
 * @generated
 */
public interface MigrationRate extends MigrationFlow {
	/**
	 * Returns the value of the '<em><b>Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of people who move in a year, by sex (male, female) and age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rates</em>' attribute.
	 * @see #setRates(double[])
	 * @see cymru.croeso.model.CroesoPackage#getMigrationRate_Rates()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getRates();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationRate#getRates <em>Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rates</em>' attribute.
	 * @see #getRates()
	 * @generated
	 */
	void setRates(double[] value);

} // MigrationRate
