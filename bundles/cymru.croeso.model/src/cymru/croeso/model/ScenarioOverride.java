/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change to one assumption from a given year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.ScenarioOverride#getTarget <em>Target</em>}</li>
 *   <li>{@link cymru.croeso.model.ScenarioOverride#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.ScenarioOverride#getMode <em>Mode</em>}</li>
 *   <li>{@link cymru.croeso.model.ScenarioOverride#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getScenarioOverride()
 * @model
 * @generated
 */
public interface ScenarioOverride extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assumption changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Assumption)
	 * @see cymru.croeso.model.CroesoPackage#getScenarioOverride_Target()
	 * @model required="true"
	 * @generated
	 */
	Assumption getTarget();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ScenarioOverride#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Assumption value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year the change applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getScenarioOverride_FromYear()
	 * @model
	 * @generated
	 */
	int getFromYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ScenarioOverride#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(int value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.OverrideMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiply the assumption, replace its level, or add a flow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see cymru.croeso.model.OverrideMode
	 * @see #setMode(OverrideMode)
	 * @see cymru.croeso.model.CroesoPackage#getScenarioOverride_Mode()
	 * @model
	 * @generated
	 */
	OverrideMode getMode();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ScenarioOverride#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see cymru.croeso.model.OverrideMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(OverrideMode value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The multiplier, the new level, or the people a year added.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see cymru.croeso.model.CroesoPackage#getScenarioOverride_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ScenarioOverride#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // ScenarioOverride
