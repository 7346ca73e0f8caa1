/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>School</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A school.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.School#isWelshMedium <em>Welsh Medium</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getSchool()
 * @model
 * @generated
 */
public interface School extends SchoolUnit {
	/**
	 * Returns the value of the '<em><b>Welsh Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a Welsh-medium school.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Welsh Medium</em>' attribute.
	 * @see #setWelshMedium(boolean)
	 * @see cymru.croeso.model.CroesoPackage#getSchool_WelshMedium()
	 * @model
	 * @generated
	 */
	boolean isWelshMedium();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.School#isWelshMedium <em>Welsh Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Welsh Medium</em>' attribute.
	 * @see #isWelshMedium()
	 * @generated
	 */
	void setWelshMedium(boolean value);

} // School
