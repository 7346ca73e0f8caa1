/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partner organisation that leads or supports actions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Organisation#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.Organisation#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier, unique in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cymru.croeso.model.CroesoPackage#getOrganisation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Organisation#getId <em>Id</em>}' attribute.
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
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getOrganisation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.OrganisationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of organisation it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cymru.croeso.model.OrganisationKind
	 * @see #setKind(OrganisationKind)
	 * @see cymru.croeso.model.CroesoPackage#getOrganisation_Kind()
	 * @model
	 * @generated
	 */
	OrganisationKind getKind();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cymru.croeso.model.OrganisationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganisationKind value);

} // Organisation
