/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator's values for migrants and UK-born people in one year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Measurement#getYear <em>Year</em>}</li>
 *   <li>{@link cymru.croeso.model.Measurement#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.Measurement#getMigrants <em>Migrants</em>}</li>
 *   <li>{@link cymru.croeso.model.Measurement#getUkBorn <em>Uk Born</em>}</li>
 *   <li>{@link cymru.croeso.model.Measurement#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link cymru.croeso.model.Measurement#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getMeasurement_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Measurement#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area; empty for the whole project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getMeasurement_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Measurement#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Migrants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value for migrants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Migrants</em>' attribute.
	 * @see #setMigrants(Double)
	 * @see cymru.croeso.model.CroesoPackage#getMeasurement_Migrants()
	 * @model
	 * @generated
	 */
	Double getMigrants();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Measurement#getMigrants <em>Migrants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Migrants</em>' attribute.
	 * @see #getMigrants()
	 * @generated
	 */
	void setMigrants(Double value);

	/**
	 * Returns the value of the '<em><b>Uk Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value for UK-born people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uk Born</em>' attribute.
	 * @see #setUkBorn(Double)
	 * @see cymru.croeso.model.CroesoPackage#getMeasurement_UkBorn()
	 * @model
	 * @generated
	 */
	Double getUkBorn();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Measurement#getUkBorn <em>Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uk Born</em>' attribute.
	 * @see #getUkBorn()
	 * @generated
	 */
	void setUkBorn(Double value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(Double)
	 * @see cymru.croeso.model.CroesoPackage#getMeasurement_Baseline()
	 * @model
	 * @generated
	 */
	Double getBaseline();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Measurement#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see cymru.croeso.model.CroesoPackage#getMeasurement_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Measurement#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

} // Measurement
