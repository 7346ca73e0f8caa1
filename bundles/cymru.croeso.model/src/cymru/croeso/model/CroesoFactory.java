/**
 */
package cymru.croeso.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see cymru.croeso.model.CroesoPackage
 * @generated
 */
public interface CroesoFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CroesoFactory eINSTANCE = cymru.croeso.model.impl.CroesoFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Provenance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provenance</em>'.
	 * @generated
	 */
	Provenance createProvenance();

	/**
	 * Returns a new object of class '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Project</em>'.
	 * @generated
	 */
	Project createProject();

	/**
	 * Returns a new object of class '<em>Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Area</em>'.
	 * @generated
	 */
	Area createArea();

	/**
	 * Returns a new object of class '<em>Population Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population Group</em>'.
	 * @generated
	 */
	PopulationGroup createPopulationGroup();

	/**
	 * Returns a new object of class '<em>Base Population</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Base Population</em>'.
	 * @generated
	 */
	BasePopulation createBasePopulation();

	/**
	 * Returns a new object of class '<em>Assumptions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assumptions</em>'.
	 * @generated
	 */
	Assumptions createAssumptions();

	/**
	 * Returns a new object of class '<em>Age Specific Fertility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Age Specific Fertility</em>'.
	 * @generated
	 */
	AgeSpecificFertility createAgeSpecificFertility();

	/**
	 * Returns a new object of class '<em>Total Fertility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Total Fertility</em>'.
	 * @generated
	 */
	TotalFertility createTotalFertility();

	/**
	 * Returns a new object of class '<em>Age Specific Mortality</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Age Specific Mortality</em>'.
	 * @generated
	 */
	AgeSpecificMortality createAgeSpecificMortality();

	/**
	 * Returns a new object of class '<em>Life Expectancy Mortality</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Life Expectancy Mortality</em>'.
	 * @generated
	 */
	LifeExpectancyMortality createLifeExpectancyMortality();

	/**
	 * Returns a new object of class '<em>Migration Counts</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Migration Counts</em>'.
	 * @generated
	 */
	MigrationCounts createMigrationCounts();

	/**
	 * Returns a new object of class '<em>Migration Total</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Migration Total</em>'.
	 * @generated
	 */
	MigrationTotal createMigrationTotal();

	/**
	 * Returns a new object of class '<em>Migration Rate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Migration Rate</em>'.
	 * @generated
	 */
	MigrationRate createMigrationRate();

	/**
	 * Returns a new object of class '<em>Migration Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Migration Schedule</em>'.
	 * @generated
	 */
	MigrationSchedule createMigrationSchedule();

	/**
	 * Returns a new object of class '<em>Group Transition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Transition</em>'.
	 * @generated
	 */
	GroupTransition createGroupTransition();

	/**
	 * Returns a new object of class '<em>Special Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Special Flow</em>'.
	 * @generated
	 */
	SpecialFlow createSpecialFlow();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Scenario Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario Override</em>'.
	 * @generated
	 */
	ScenarioOverride createScenarioOverride();

	/**
	 * Returns a new object of class '<em>Services</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Services</em>'.
	 * @generated
	 */
	Services createServices();

	/**
	 * Returns a new object of class '<em>Service Assumptions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Assumptions</em>'.
	 * @generated
	 */
	ServiceAssumptions createServiceAssumptions();

	/**
	 * Returns a new object of class '<em>Figure Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Figure Source</em>'.
	 * @generated
	 */
	FigureSource createFigureSource();

	/**
	 * Returns a new object of class '<em>School Estate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>School Estate</em>'.
	 * @generated
	 */
	SchoolEstate createSchoolEstate();

	/**
	 * Returns a new object of class '<em>School</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>School</em>'.
	 * @generated
	 */
	School createSchool();

	/**
	 * Returns a new object of class '<em>Planning Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Area</em>'.
	 * @generated
	 */
	PlanningArea createPlanningArea();

	/**
	 * Returns a new object of class '<em>School Capacity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>School Capacity</em>'.
	 * @generated
	 */
	SchoolCapacity createSchoolCapacity();

	/**
	 * Returns a new object of class '<em>Esol Provider</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Esol Provider</em>'.
	 * @generated
	 */
	EsolProvider createEsolProvider();

	/**
	 * Returns a new object of class '<em>Esol Need</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Esol Need</em>'.
	 * @generated
	 */
	EsolNeed createEsolNeed();

	/**
	 * Returns a new object of class '<em>Housing Stock</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Housing Stock</em>'.
	 * @generated
	 */
	HousingStock createHousingStock();

	/**
	 * Returns a new object of class '<em>Housing Completion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Housing Completion</em>'.
	 * @generated
	 */
	HousingCompletion createHousingCompletion();

	/**
	 * Returns a new object of class '<em>Gp Practice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gp Practice</em>'.
	 * @generated
	 */
	GpPractice createGpPractice();

	/**
	 * Returns a new object of class '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy</em>'.
	 * @generated
	 */
	Strategy createStrategy();

	/**
	 * Returns a new object of class '<em>Theme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Theme</em>'.
	 * @generated
	 */
	Theme createTheme();

	/**
	 * Returns a new object of class '<em>Aim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aim</em>'.
	 * @generated
	 */
	Aim createAim();

	/**
	 * Returns a new object of class '<em>Strategy Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy Action</em>'.
	 * @generated
	 */
	StrategyAction createStrategyAction();

	/**
	 * Returns a new object of class '<em>Effect</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Effect</em>'.
	 * @generated
	 */
	Effect createEffect();

	/**
	 * Returns a new object of class '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator</em>'.
	 * @generated
	 */
	Indicator createIndicator();

	/**
	 * Returns a new object of class '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measurement</em>'.
	 * @generated
	 */
	Measurement createMeasurement();

	/**
	 * Returns a new object of class '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation</em>'.
	 * @generated
	 */
	Organisation createOrganisation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CroesoPackage getCroesoPackage();

} //CroesoFactory
