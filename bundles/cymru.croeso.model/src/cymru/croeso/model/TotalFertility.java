/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Total Fertility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fertility as a total fertility rate spread over ages by a schedule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.TotalFertility#getTfr <em>Tfr</em>}</li>
 *   <li>{@link cymru.croeso.model.TotalFertility#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getTotalFertility()
 * @model
 * @generated
 */
public interface TotalFertility extends FertilityAssumption {
	/**
	 * Returns the value of the '<em><b>Tfr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The total fertility rate: births per woman over a lifetime.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tfr</em>' attribute.
	 * @see #setTfr(double)
	 * @see cymru.croeso.model.CroesoPackage#getTotalFertility_Tfr()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='10'"
	 * @generated
	 */
	double getTfr();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.TotalFertility#getTfr <em>Tfr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tfr</em>' attribute.
	 * @see #getTfr()
	 * @generated
	 */
	void setTfr(double value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the TFR at each single year of age from the first age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see #setSchedule(double[])
	 * @see cymru.croeso.model.CroesoPackage#getTotalFertility_Schedule()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getSchedule();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.TotalFertility#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(double[] value);

} // TotalFertility
