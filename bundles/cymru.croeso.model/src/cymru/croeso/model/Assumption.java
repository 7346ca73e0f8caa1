/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assumption of the projection, for one area or for all.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Assumption#getArea <em>Area</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getAssumption()
 * @model abstract="true"
 * @generated
 */
public interface Assumption extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area it applies to; empty for every area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getAssumption_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Assumption#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

} // Assumption
