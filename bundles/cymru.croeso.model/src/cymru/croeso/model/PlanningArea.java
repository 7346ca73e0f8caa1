/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A school planning area, standing for the schools in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.PlanningArea#getArea <em>Area</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getPlanningArea()
 * @model
 * @generated
 */
public interface PlanningArea extends SchoolUnit {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sub-area it covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getPlanningArea_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.PlanningArea#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

} // PlanningArea
