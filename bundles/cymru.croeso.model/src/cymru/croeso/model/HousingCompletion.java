/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Housing Completion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dwellings expected to be completed in a year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.HousingCompletion#getYear <em>Year</em>}</li>
 *   <li>{@link cymru.croeso.model.HousingCompletion#getDwellings <em>Dwellings</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getHousingCompletion()
 * @model
 * @generated
 */
public interface HousingCompletion extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getHousingCompletion_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.HousingCompletion#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Dwellings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of dwellings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dwellings</em>' attribute.
	 * @see #setDwellings(int)
	 * @see cymru.croeso.model.CroesoPackage#getHousingCompletion_Dwellings()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	int getDwellings();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.HousingCompletion#getDwellings <em>Dwellings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dwellings</em>' attribute.
	 * @see #getDwellings()
	 * @generated
	 */
	void setDwellings(int value);

} // HousingCompletion
