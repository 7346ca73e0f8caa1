/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fertility Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many babies women have, by age.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.FertilityAssumption#getFirstAge <em>First Age</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getFertilityAssumption()
 * @model abstract="true"
 * @generated
 */
public interface FertilityAssumption extends GroupAssumption {
	/**
	 * Returns the value of the '<em><b>First Age</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The age of mothers the first rate refers to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Age</em>' attribute.
	 * @see #setFirstAge(int)
	 * @see cymru.croeso.model.CroesoPackage#getFertilityAssumption_FirstAge()
	 * @model default="15"
	 * @generated
	 */
	int getFirstAge();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.FertilityAssumption#getFirstAge <em>First Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Age</em>' attribute.
	 * @see #getFirstAge()
	 * @generated
	 */
	void setFirstAge(int value);

} // FertilityAssumption
