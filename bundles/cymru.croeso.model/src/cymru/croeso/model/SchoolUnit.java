/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>School Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A school or a school planning area with places by year group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.SchoolUnit#getCode <em>Code</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolUnit#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolUnit#getPhase <em>Phase</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolUnit#getCapacities <em>Capacities</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getSchoolUnit()
 * @model abstract="true"
 * @generated
 */
public interface SchoolUnit extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The school's or planning area's code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolUnit_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolUnit#getCode <em>Code</em>}' attribute.
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
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolUnit_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.SchoolPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see cymru.croeso.model.SchoolPhase
	 * @see #setPhase(SchoolPhase)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolUnit_Phase()
	 * @model
	 * @generated
	 */
	SchoolPhase getPhase();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolUnit#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see cymru.croeso.model.SchoolPhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(SchoolPhase value);

	/**
	 * Returns the value of the '<em><b>Capacities</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.SchoolCapacity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Places by year group from given years.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacities</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getSchoolUnit_Capacities()
	 * @model containment="true"
	 * @generated
	 */
	EList<SchoolCapacity> getCapacities();

} // SchoolUnit
