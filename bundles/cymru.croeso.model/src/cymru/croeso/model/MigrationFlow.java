/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * People moving into or out of an area, for one group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.MigrationFlow#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getMigrationFlow()
 * @model abstract="true"
 * @generated
 */
public interface MigrationFlow extends GroupAssumption {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.MigrationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internal or international, in or out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cymru.croeso.model.MigrationKind
	 * @see #setKind(MigrationKind)
	 * @see cymru.croeso.model.CroesoPackage#getMigrationFlow_Kind()
	 * @model
	 * @generated
	 */
	MigrationKind getKind();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationFlow#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cymru.croeso.model.MigrationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MigrationKind value);

} // MigrationFlow
