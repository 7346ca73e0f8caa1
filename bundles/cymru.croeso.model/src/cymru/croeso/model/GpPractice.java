/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gp Practice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A GP practice and its list size.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.GpPractice#getCode <em>Code</em>}</li>
 *   <li>{@link cymru.croeso.model.GpPractice#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.GpPractice#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.GpPractice#getListCapacity <em>List Capacity</em>}</li>
 *   <li>{@link cymru.croeso.model.GpPractice#getRegistered <em>Registered</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getGpPractice()
 * @model
 * @generated
 */
public interface GpPractice extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The practice code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see cymru.croeso.model.CroesoPackage#getGpPractice_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GpPractice#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The practice name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getGpPractice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GpPractice#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getGpPractice_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GpPractice#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>List Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patients the practice can take.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>List Capacity</em>' attribute.
	 * @see #setListCapacity(int)
	 * @see cymru.croeso.model.CroesoPackage#getGpPractice_ListCapacity()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	int getListCapacity();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GpPractice#getListCapacity <em>List Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List Capacity</em>' attribute.
	 * @see #getListCapacity()
	 * @generated
	 */
	void setListCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patients registered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registered</em>' attribute.
	 * @see #setRegistered(int)
	 * @see cymru.croeso.model.CroesoPackage#getGpPractice_Registered()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	int getRegistered();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GpPractice#getRegistered <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered</em>' attribute.
	 * @see #getRegistered()
	 * @generated
	 */
	void setRegistered(int value);

} // GpPractice
