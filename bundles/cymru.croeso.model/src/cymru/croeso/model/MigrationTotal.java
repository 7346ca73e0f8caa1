/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Total</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A migration flow given as a yearly total spread by a schedule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.MigrationTotal#getTotal <em>Total</em>}</li>
 *   <li>{@link cymru.croeso.model.MigrationTotal#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getMigrationTotal()
 * @model
 * @generated
 */
public interface MigrationTotal extends MigrationFlow {
	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(double)
	 * @see cymru.croeso.model.CroesoPackage#getMigrationTotal_Total()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double getTotal();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationTotal#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(double value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schedule that spreads the total over sex and age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' reference.
	 * @see #setSchedule(MigrationSchedule)
	 * @see cymru.croeso.model.CroesoPackage#getMigrationTotal_Schedule()
	 * @model
	 * @generated
	 */
	MigrationSchedule getSchedule();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationTotal#getSchedule <em>Schedule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(MigrationSchedule value);

} // MigrationTotal
