/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of people by origin or migration status, such as UK-born or refugees.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.PopulationGroup#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.PopulationGroup#getNameEn <em>Name En</em>}</li>
 *   <li>{@link cymru.croeso.model.PopulationGroup#getNameCy <em>Name Cy</em>}</li>
 *   <li>{@link cymru.croeso.model.PopulationGroup#isUkBorn <em>Uk Born</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getPopulationGroup()
 * @model
 * @generated
 */
public interface PopulationGroup extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier, unique in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cymru.croeso.model.CroesoPackage#getPopulationGroup_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.PopulationGroup#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The English name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see cymru.croeso.model.CroesoPackage#getPopulationGroup_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.PopulationGroup#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Name Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Welsh name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Cy</em>' attribute.
	 * @see #setNameCy(String)
	 * @see cymru.croeso.model.CroesoPackage#getPopulationGroup_NameCy()
	 * @model
	 * @generated
	 */
	String getNameCy();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.PopulationGroup#getNameCy <em>Name Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Cy</em>' attribute.
	 * @see #getNameCy()
	 * @generated
	 */
	void setNameCy(String value);

	/**
	 * Returns the value of the '<em><b>Uk Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the group that babies born in the area join.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uk Born</em>' attribute.
	 * @see #setUkBorn(boolean)
	 * @see cymru.croeso.model.CroesoPackage#getPopulationGroup_UkBorn()
	 * @model
	 * @generated
	 */
	boolean isUkBorn();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.PopulationGroup#isUkBorn <em>Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uk Born</em>' attribute.
	 * @see #isUkBorn()
	 * @generated
	 */
	void setUkBorn(boolean value);

} // PopulationGroup
