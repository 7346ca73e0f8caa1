/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assumptions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything the projection assumes about births, deaths, moves and changes of group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Assumptions#getFertility <em>Fertility</em>}</li>
 *   <li>{@link cymru.croeso.model.Assumptions#getMortality <em>Mortality</em>}</li>
 *   <li>{@link cymru.croeso.model.Assumptions#getMigration <em>Migration</em>}</li>
 *   <li>{@link cymru.croeso.model.Assumptions#getSchedules <em>Schedules</em>}</li>
 *   <li>{@link cymru.croeso.model.Assumptions#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link cymru.croeso.model.Assumptions#getSpecialFlows <em>Special Flows</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getAssumptions()
 * @model
 * @generated
 */
public interface Assumptions extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Fertility</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.FertilityAssumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fertility assumptions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fertility</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getAssumptions_Fertility()
	 * @model containment="true"
	 * @generated
	 */
	EList<FertilityAssumption> getFertility();

	/**
	 * Returns the value of the '<em><b>Mortality</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.MortalityAssumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mortality assumptions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mortality</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getAssumptions_Mortality()
	 * @model containment="true"
	 * @generated
	 */
	EList<MortalityAssumption> getMortality();

	/**
	 * Returns the value of the '<em><b>Migration</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.MigrationFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Migration flows in and out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Migration</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getAssumptions_Migration()
	 * @model containment="true"
	 * @generated
	 */
	EList<MigrationFlow> getMigration();

	/**
	 * Returns the value of the '<em><b>Schedules</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.MigrationSchedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Age and sex schedules that spread totals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedules</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getAssumptions_Schedules()
	 * @model containment="true"
	 * @generated
	 */
	EList<MigrationSchedule> getSchedules();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.GroupTransition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Moves of people from one group to another.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getAssumptions_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupTransition> getTransitions();

	/**
	 * Returns the value of the '<em><b>Special Flows</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.SpecialFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned intakes such as resettlement or student intakes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Special Flows</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getAssumptions_SpecialFlows()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpecialFlow> getSpecialFlows();

} // Assumptions
