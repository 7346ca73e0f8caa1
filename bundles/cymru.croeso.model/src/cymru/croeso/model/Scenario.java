/**
 */
package cymru.croeso.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named variant of its parent scenario over a horizon.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Scenario#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getParent <em>Parent</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getEndYear <em>End Year</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getEnabledActions <em>Enabled Actions</em>}</li>
 *   <li>{@link cymru.croeso.model.Scenario#getDisabledActions <em>Disabled Actions</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getScenario()
 * @model annotation="http://croeso.cymru/model/years baseYear='endYear'"
 * @generated
 */
public interface Scenario extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier, unique in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cymru.croeso.model.CroesoPackage#getScenario_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Scenario#getId <em>Id</em>}' attribute.
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
	 * The scenario's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Scenario#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenario this one varies; empty for a baseline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Scenario)
	 * @see cymru.croeso.model.CroesoPackage#getScenario_Parent()
	 * @model
	 * @generated
	 */
	Scenario getParent();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Scenario#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Scenario value);

	/**
	 * Returns the value of the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year of the horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Year</em>' attribute.
	 * @see #setBaseYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getScenario_BaseYear()
	 * @model
	 * @generated
	 */
	int getBaseYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Scenario#getBaseYear <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Year</em>' attribute.
	 * @see #getBaseYear()
	 * @generated
	 */
	void setBaseYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last year of the horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getScenario_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Scenario#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.ScenarioOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Changes to assumptions from a given year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getScenario_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioOverride> getOverrides();

	/**
	 * Returns the value of the '<em><b>Enabled Actions</b></em>' reference list.
	 * The list contents are of type {@link cymru.croeso.model.StrategyAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The strategy actions switched on in this scenario (and, unless they switch them off, in its children).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled Actions</em>' reference list.
	 * @see cymru.croeso.model.CroesoPackage#getScenario_EnabledActions()
	 * @model
	 * @generated
	 */
	EList<StrategyAction> getEnabledActions();

	/**
	 * Returns the value of the '<em><b>Disabled Actions</b></em>' reference list.
	 * The list contents are of type {@link cymru.croeso.model.StrategyAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategy actions a parent scenario switches on that this scenario switches off (and its children, unless they switch them on again).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disabled Actions</em>' reference list.
	 * @see cymru.croeso.model.CroesoPackage#getScenario_DisabledActions()
	 * @model
	 * @generated
	 */
	EList<StrategyAction> getDisabledActions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A scenario is never its own ancestor.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean parentsAcyclic(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Scenario
