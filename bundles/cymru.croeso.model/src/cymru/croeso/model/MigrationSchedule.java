/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An age and sex profile of migrants that spreads a total over sex and age.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.MigrationSchedule#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.MigrationSchedule#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.MigrationSchedule#getShares <em>Shares</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getMigrationSchedule()
 * @model
 * @generated
 */
public interface MigrationSchedule extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier, unique in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cymru.croeso.model.CroesoPackage#getMigrationSchedule_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationSchedule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schedule's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getMigrationSchedule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationSchedule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Shares</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shares by sex (male, female) and single year of age; they add up to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shares</em>' attribute.
	 * @see #setShares(double[])
	 * @see cymru.croeso.model.CroesoPackage#getMigrationSchedule_Shares()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getShares();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationSchedule#getShares <em>Shares</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shares</em>' attribute.
	 * @see #getShares()
	 * @generated
	 */
	void setShares(double[] value);

} // MigrationSchedule
