/**
 */
package cymru.croeso.model.util;

import cymru.croeso.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see cymru.croeso.model.CroesoPackage
 * @generated
 */
public class CroesoAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CroesoPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CroesoAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CroesoPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CroesoSwitch<Adapter> modelSwitch =
		new CroesoSwitch<Adapter>() {
			@Override
			public Adapter caseModelElement(ModelElement object) {
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseProvenance(Provenance object) {
				return createProvenanceAdapter();
			}
			@Override
			public Adapter caseProject(Project object) {
				return createProjectAdapter();
			}
			@Override
			public Adapter caseArea(Area object) {
				return createAreaAdapter();
			}
			@Override
			public Adapter casePopulationGroup(PopulationGroup object) {
				return createPopulationGroupAdapter();
			}
			@Override
			public Adapter caseBasePopulation(BasePopulation object) {
				return createBasePopulationAdapter();
			}
			@Override
			public Adapter caseAssumptions(Assumptions object) {
				return createAssumptionsAdapter();
			}
			@Override
			public Adapter caseAssumption(Assumption object) {
				return createAssumptionAdapter();
			}
			@Override
			public Adapter caseGroupAssumption(GroupAssumption object) {
				return createGroupAssumptionAdapter();
			}
			@Override
			public Adapter caseFertilityAssumption(FertilityAssumption object) {
				return createFertilityAssumptionAdapter();
			}
			@Override
			public Adapter caseAgeSpecificFertility(AgeSpecificFertility object) {
				return createAgeSpecificFertilityAdapter();
			}
			@Override
			public Adapter caseTotalFertility(TotalFertility object) {
				return createTotalFertilityAdapter();
			}
			@Override
			public Adapter caseMortalityAssumption(MortalityAssumption object) {
				return createMortalityAssumptionAdapter();
			}
			@Override
			public Adapter caseAgeSpecificMortality(AgeSpecificMortality object) {
				return createAgeSpecificMortalityAdapter();
			}
			@Override
			public Adapter caseLifeExpectancyMortality(LifeExpectancyMortality object) {
				return createLifeExpectancyMortalityAdapter();
			}
			@Override
			public Adapter caseMigrationFlow(MigrationFlow object) {
				return createMigrationFlowAdapter();
			}
			@Override
			public Adapter caseMigrationCounts(MigrationCounts object) {
				return createMigrationCountsAdapter();
			}
			@Override
			public Adapter caseMigrationTotal(MigrationTotal object) {
				return createMigrationTotalAdapter();
			}
			@Override
			public Adapter caseMigrationRate(MigrationRate object) {
				return createMigrationRateAdapter();
			}
			@Override
			public Adapter caseMigrationSchedule(MigrationSchedule object) {
				return createMigrationScheduleAdapter();
			}
			@Override
			public Adapter caseGroupTransition(GroupTransition object) {
				return createGroupTransitionAdapter();
			}
			@Override
			public Adapter caseSpecialFlow(SpecialFlow object) {
				return createSpecialFlowAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseScenarioOverride(ScenarioOverride object) {
				return createScenarioOverrideAdapter();
			}
			@Override
			public Adapter caseServices(Services object) {
				return createServicesAdapter();
			}
			@Override
			public Adapter caseServiceAssumptions(ServiceAssumptions object) {
				return createServiceAssumptionsAdapter();
			}
			@Override
			public Adapter caseFigureSource(FigureSource object) {
				return createFigureSourceAdapter();
			}
			@Override
			public Adapter caseSchoolEstate(SchoolEstate object) {
				return createSchoolEstateAdapter();
			}
			@Override
			public Adapter caseSchoolUnit(SchoolUnit object) {
				return createSchoolUnitAdapter();
			}
			@Override
			public Adapter caseSchool(School object) {
				return createSchoolAdapter();
			}
			@Override
			public Adapter casePlanningArea(PlanningArea object) {
				return createPlanningAreaAdapter();
			}
			@Override
			public Adapter caseSchoolCapacity(SchoolCapacity object) {
				return createSchoolCapacityAdapter();
			}
			@Override
			public Adapter caseEsolProvider(EsolProvider object) {
				return createEsolProviderAdapter();
			}
			@Override
			public Adapter caseEsolNeed(EsolNeed object) {
				return createEsolNeedAdapter();
			}
			@Override
			public Adapter caseHousingStock(HousingStock object) {
				return createHousingStockAdapter();
			}
			@Override
			public Adapter caseHousingCompletion(HousingCompletion object) {
				return createHousingCompletionAdapter();
			}
			@Override
			public Adapter caseGpPractice(GpPractice object) {
				return createGpPracticeAdapter();
			}
			@Override
			public Adapter caseStrategy(Strategy object) {
				return createStrategyAdapter();
			}
			@Override
			public Adapter caseTheme(Theme object) {
				return createThemeAdapter();
			}
			@Override
			public Adapter caseAim(Aim object) {
				return createAimAdapter();
			}
			@Override
			public Adapter caseStrategyAction(StrategyAction object) {
				return createStrategyActionAdapter();
			}
			@Override
			public Adapter caseEffect(Effect object) {
				return createEffectAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object) {
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object) {
				return createMeasurementAdapter();
			}
			@Override
			public Adapter caseOrganisation(Organisation object) {
				return createOrganisationAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Provenance
	 * @generated
	 */
	public Adapter createProvenanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Project
	 * @generated
	 */
	public Adapter createProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Area
	 * @generated
	 */
	public Adapter createAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.PopulationGroup <em>Population Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.PopulationGroup
	 * @generated
	 */
	public Adapter createPopulationGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.BasePopulation <em>Base Population</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.BasePopulation
	 * @generated
	 */
	public Adapter createBasePopulationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Assumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Assumptions
	 * @generated
	 */
	public Adapter createAssumptionsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Assumption
	 * @generated
	 */
	public Adapter createAssumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.GroupAssumption <em>Group Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.GroupAssumption
	 * @generated
	 */
	public Adapter createGroupAssumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.FertilityAssumption <em>Fertility Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.FertilityAssumption
	 * @generated
	 */
	public Adapter createFertilityAssumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.AgeSpecificFertility <em>Age Specific Fertility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.AgeSpecificFertility
	 * @generated
	 */
	public Adapter createAgeSpecificFertilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.TotalFertility <em>Total Fertility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.TotalFertility
	 * @generated
	 */
	public Adapter createTotalFertilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.MortalityAssumption <em>Mortality Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.MortalityAssumption
	 * @generated
	 */
	public Adapter createMortalityAssumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.AgeSpecificMortality <em>Age Specific Mortality</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.AgeSpecificMortality
	 * @generated
	 */
	public Adapter createAgeSpecificMortalityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.LifeExpectancyMortality <em>Life Expectancy Mortality</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.LifeExpectancyMortality
	 * @generated
	 */
	public Adapter createLifeExpectancyMortalityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.MigrationFlow <em>Migration Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.MigrationFlow
	 * @generated
	 */
	public Adapter createMigrationFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.MigrationCounts <em>Migration Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.MigrationCounts
	 * @generated
	 */
	public Adapter createMigrationCountsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.MigrationTotal <em>Migration Total</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.MigrationTotal
	 * @generated
	 */
	public Adapter createMigrationTotalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.MigrationRate <em>Migration Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.MigrationRate
	 * @generated
	 */
	public Adapter createMigrationRateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.MigrationSchedule <em>Migration Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.MigrationSchedule
	 * @generated
	 */
	public Adapter createMigrationScheduleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.GroupTransition <em>Group Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.GroupTransition
	 * @generated
	 */
	public Adapter createGroupTransitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.SpecialFlow <em>Special Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.SpecialFlow
	 * @generated
	 */
	public Adapter createSpecialFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.ScenarioOverride <em>Scenario Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.ScenarioOverride
	 * @generated
	 */
	public Adapter createScenarioOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Services <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Services
	 * @generated
	 */
	public Adapter createServicesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.ServiceAssumptions <em>Service Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.ServiceAssumptions
	 * @generated
	 */
	public Adapter createServiceAssumptionsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.FigureSource <em>Figure Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.FigureSource
	 * @generated
	 */
	public Adapter createFigureSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.SchoolEstate <em>School Estate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.SchoolEstate
	 * @generated
	 */
	public Adapter createSchoolEstateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.SchoolUnit <em>School Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.SchoolUnit
	 * @generated
	 */
	public Adapter createSchoolUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.School <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.School
	 * @generated
	 */
	public Adapter createSchoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.PlanningArea <em>Planning Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.PlanningArea
	 * @generated
	 */
	public Adapter createPlanningAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.SchoolCapacity <em>School Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.SchoolCapacity
	 * @generated
	 */
	public Adapter createSchoolCapacityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.EsolProvider <em>Esol Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.EsolProvider
	 * @generated
	 */
	public Adapter createEsolProviderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.EsolNeed <em>Esol Need</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.EsolNeed
	 * @generated
	 */
	public Adapter createEsolNeedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.HousingStock <em>Housing Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.HousingStock
	 * @generated
	 */
	public Adapter createHousingStockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.HousingCompletion <em>Housing Completion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.HousingCompletion
	 * @generated
	 */
	public Adapter createHousingCompletionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.GpPractice <em>Gp Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.GpPractice
	 * @generated
	 */
	public Adapter createGpPracticeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Strategy
	 * @generated
	 */
	public Adapter createStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Theme
	 * @generated
	 */
	public Adapter createThemeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Aim <em>Aim</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Aim
	 * @generated
	 */
	public Adapter createAimAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.StrategyAction <em>Strategy Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.StrategyAction
	 * @generated
	 */
	public Adapter createStrategyActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Effect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Effect
	 * @generated
	 */
	public Adapter createEffectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cymru.croeso.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cymru.croeso.model.Organisation
	 * @generated
	 */
	public Adapter createOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CroesoAdapterFactory
