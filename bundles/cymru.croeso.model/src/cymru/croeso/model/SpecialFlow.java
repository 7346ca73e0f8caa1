/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Special Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned intake, such as a resettlement scheme or a university's international students.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.SpecialFlow#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.SpecialFlow#getPerYear <em>Per Year</em>}</li>
 *   <li>{@link cymru.croeso.model.SpecialFlow#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.SpecialFlow#getToYear <em>To Year</em>}</li>
 *   <li>{@link cymru.croeso.model.SpecialFlow#getProfile <em>Profile</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getSpecialFlow()
 * @model annotation="http://croeso.cymru/model/years fromYear='toYear'"
 * @generated
 */
public interface SpecialFlow extends GroupAssumption {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The intake's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getSpecialFlow_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SpecialFlow#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Year</em>' attribute.
	 * @see #setPerYear(double)
	 * @see cymru.croeso.model.CroesoPackage#getSpecialFlow_PerYear()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double getPerYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SpecialFlow#getPerYear <em>Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Year</em>' attribute.
	 * @see #getPerYear()
	 * @generated
	 */
	void setPerYear(double value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year of the intake.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getSpecialFlow_FromYear()
	 * @model
	 * @generated
	 */
	int getFromYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SpecialFlow#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(int value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last year of the intake.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getSpecialFlow_ToYear()
	 * @model
	 * @generated
	 */
	int getToYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SpecialFlow#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(int value);

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The age and sex profile of the people arriving.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' reference.
	 * @see #setProfile(MigrationSchedule)
	 * @see cymru.croeso.model.CroesoPackage#getSpecialFlow_Profile()
	 * @model
	 * @generated
	 */
	MigrationSchedule getProfile();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SpecialFlow#getProfile <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' reference.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(MigrationSchedule value);

} // SpecialFlow
