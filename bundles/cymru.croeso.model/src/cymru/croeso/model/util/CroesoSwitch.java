/**
 */
package cymru.croeso.model.util;

import cymru.croeso.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see cymru.croeso.model.CroesoPackage
 * @generated
 */
public class CroesoSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CroesoPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CroesoSwitch() {
		if (modelPackage == null) {
			modelPackage = CroesoPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CroesoPackage.MODEL_ELEMENT: {
				ModelElement modelElement = (ModelElement)theEObject;
				T result = caseModelElement(modelElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.PROVENANCE: {
				Provenance provenance = (Provenance)theEObject;
				T result = caseProvenance(provenance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.PROJECT: {
				Project project = (Project)theEObject;
				T result = caseProject(project);
				if (result == null) result = caseModelElement(project);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.AREA: {
				Area area = (Area)theEObject;
				T result = caseArea(area);
				if (result == null) result = caseModelElement(area);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.POPULATION_GROUP: {
				PopulationGroup populationGroup = (PopulationGroup)theEObject;
				T result = casePopulationGroup(populationGroup);
				if (result == null) result = caseModelElement(populationGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.BASE_POPULATION: {
				BasePopulation basePopulation = (BasePopulation)theEObject;
				T result = caseBasePopulation(basePopulation);
				if (result == null) result = caseModelElement(basePopulation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.ASSUMPTIONS: {
				Assumptions assumptions = (Assumptions)theEObject;
				T result = caseAssumptions(assumptions);
				if (result == null) result = caseModelElement(assumptions);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.ASSUMPTION: {
				Assumption assumption = (Assumption)theEObject;
				T result = caseAssumption(assumption);
				if (result == null) result = caseModelElement(assumption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.GROUP_ASSUMPTION: {
				GroupAssumption groupAssumption = (GroupAssumption)theEObject;
				T result = caseGroupAssumption(groupAssumption);
				if (result == null) result = caseAssumption(groupAssumption);
				if (result == null) result = caseModelElement(groupAssumption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.FERTILITY_ASSUMPTION: {
				FertilityAssumption fertilityAssumption = (FertilityAssumption)theEObject;
				T result = caseFertilityAssumption(fertilityAssumption);
				if (result == null) result = caseGroupAssumption(fertilityAssumption);
				if (result == null) result = caseAssumption(fertilityAssumption);
				if (result == null) result = caseModelElement(fertilityAssumption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.AGE_SPECIFIC_FERTILITY: {
				AgeSpecificFertility ageSpecificFertility = (AgeSpecificFertility)theEObject;
				T result = caseAgeSpecificFertility(ageSpecificFertility);
				if (result == null) result = caseFertilityAssumption(ageSpecificFertility);
				if (result == null) result = caseGroupAssumption(ageSpecificFertility);
				if (result == null) result = caseAssumption(ageSpecificFertility);
				if (result == null) result = caseModelElement(ageSpecificFertility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.TOTAL_FERTILITY: {
				TotalFertility totalFertility = (TotalFertility)theEObject;
				T result = caseTotalFertility(totalFertility);
				if (result == null) result = caseFertilityAssumption(totalFertility);
				if (result == null) result = caseGroupAssumption(totalFertility);
				if (result == null) result = caseAssumption(totalFertility);
				if (result == null) result = caseModelElement(totalFertility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MORTALITY_ASSUMPTION: {
				MortalityAssumption mortalityAssumption = (MortalityAssumption)theEObject;
				T result = caseMortalityAssumption(mortalityAssumption);
				if (result == null) result = caseGroupAssumption(mortalityAssumption);
				if (result == null) result = caseAssumption(mortalityAssumption);
				if (result == null) result = caseModelElement(mortalityAssumption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.AGE_SPECIFIC_MORTALITY: {
				AgeSpecificMortality ageSpecificMortality = (AgeSpecificMortality)theEObject;
				T result = caseAgeSpecificMortality(ageSpecificMortality);
				if (result == null) result = caseMortalityAssumption(ageSpecificMortality);
				if (result == null) result = caseGroupAssumption(ageSpecificMortality);
				if (result == null) result = caseAssumption(ageSpecificMortality);
				if (result == null) result = caseModelElement(ageSpecificMortality);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY: {
				LifeExpectancyMortality lifeExpectancyMortality = (LifeExpectancyMortality)theEObject;
				T result = caseLifeExpectancyMortality(lifeExpectancyMortality);
				if (result == null) result = caseMortalityAssumption(lifeExpectancyMortality);
				if (result == null) result = caseGroupAssumption(lifeExpectancyMortality);
				if (result == null) result = caseAssumption(lifeExpectancyMortality);
				if (result == null) result = caseModelElement(lifeExpectancyMortality);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MIGRATION_FLOW: {
				MigrationFlow migrationFlow = (MigrationFlow)theEObject;
				T result = caseMigrationFlow(migrationFlow);
				if (result == null) result = caseGroupAssumption(migrationFlow);
				if (result == null) result = caseAssumption(migrationFlow);
				if (result == null) result = caseModelElement(migrationFlow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MIGRATION_COUNTS: {
				MigrationCounts migrationCounts = (MigrationCounts)theEObject;
				T result = caseMigrationCounts(migrationCounts);
				if (result == null) result = caseMigrationFlow(migrationCounts);
				if (result == null) result = caseGroupAssumption(migrationCounts);
				if (result == null) result = caseAssumption(migrationCounts);
				if (result == null) result = caseModelElement(migrationCounts);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MIGRATION_TOTAL: {
				MigrationTotal migrationTotal = (MigrationTotal)theEObject;
				T result = caseMigrationTotal(migrationTotal);
				if (result == null) result = caseMigrationFlow(migrationTotal);
				if (result == null) result = caseGroupAssumption(migrationTotal);
				if (result == null) result = caseAssumption(migrationTotal);
				if (result == null) result = caseModelElement(migrationTotal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MIGRATION_RATE: {
				MigrationRate migrationRate = (MigrationRate)theEObject;
				T result = caseMigrationRate(migrationRate);
				if (result == null) result = caseMigrationFlow(migrationRate);
				if (result == null) result = caseGroupAssumption(migrationRate);
				if (result == null) result = caseAssumption(migrationRate);
				if (result == null) result = caseModelElement(migrationRate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MIGRATION_SCHEDULE: {
				MigrationSchedule migrationSchedule = (MigrationSchedule)theEObject;
				T result = caseMigrationSchedule(migrationSchedule);
				if (result == null) result = caseModelElement(migrationSchedule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.GROUP_TRANSITION: {
				GroupTransition groupTransition = (GroupTransition)theEObject;
				T result = caseGroupTransition(groupTransition);
				if (result == null) result = caseAssumption(groupTransition);
				if (result == null) result = caseModelElement(groupTransition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SPECIAL_FLOW: {
				SpecialFlow specialFlow = (SpecialFlow)theEObject;
				T result = caseSpecialFlow(specialFlow);
				if (result == null) result = caseGroupAssumption(specialFlow);
				if (result == null) result = caseAssumption(specialFlow);
				if (result == null) result = caseModelElement(specialFlow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseModelElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SCENARIO_OVERRIDE: {
				ScenarioOverride scenarioOverride = (ScenarioOverride)theEObject;
				T result = caseScenarioOverride(scenarioOverride);
				if (result == null) result = caseModelElement(scenarioOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SERVICES: {
				Services services = (Services)theEObject;
				T result = caseServices(services);
				if (result == null) result = caseModelElement(services);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SERVICE_ASSUMPTIONS: {
				ServiceAssumptions serviceAssumptions = (ServiceAssumptions)theEObject;
				T result = caseServiceAssumptions(serviceAssumptions);
				if (result == null) result = caseModelElement(serviceAssumptions);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.FIGURE_SOURCE: {
				FigureSource figureSource = (FigureSource)theEObject;
				T result = caseFigureSource(figureSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SCHOOL_ESTATE: {
				SchoolEstate schoolEstate = (SchoolEstate)theEObject;
				T result = caseSchoolEstate(schoolEstate);
				if (result == null) result = caseModelElement(schoolEstate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SCHOOL_UNIT: {
				SchoolUnit schoolUnit = (SchoolUnit)theEObject;
				T result = caseSchoolUnit(schoolUnit);
				if (result == null) result = caseModelElement(schoolUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SCHOOL: {
				School school = (School)theEObject;
				T result = caseSchool(school);
				if (result == null) result = caseSchoolUnit(school);
				if (result == null) result = caseModelElement(school);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.PLANNING_AREA: {
				PlanningArea planningArea = (PlanningArea)theEObject;
				T result = casePlanningArea(planningArea);
				if (result == null) result = caseSchoolUnit(planningArea);
				if (result == null) result = caseModelElement(planningArea);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.SCHOOL_CAPACITY: {
				SchoolCapacity schoolCapacity = (SchoolCapacity)theEObject;
				T result = caseSchoolCapacity(schoolCapacity);
				if (result == null) result = caseModelElement(schoolCapacity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.ESOL_PROVIDER: {
				EsolProvider esolProvider = (EsolProvider)theEObject;
				T result = caseEsolProvider(esolProvider);
				if (result == null) result = caseModelElement(esolProvider);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.ESOL_NEED: {
				EsolNeed esolNeed = (EsolNeed)theEObject;
				T result = caseEsolNeed(esolNeed);
				if (result == null) result = caseModelElement(esolNeed);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.HOUSING_STOCK: {
				HousingStock housingStock = (HousingStock)theEObject;
				T result = caseHousingStock(housingStock);
				if (result == null) result = caseModelElement(housingStock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.HOUSING_COMPLETION: {
				HousingCompletion housingCompletion = (HousingCompletion)theEObject;
				T result = caseHousingCompletion(housingCompletion);
				if (result == null) result = caseModelElement(housingCompletion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.GP_PRACTICE: {
				GpPractice gpPractice = (GpPractice)theEObject;
				T result = caseGpPractice(gpPractice);
				if (result == null) result = caseModelElement(gpPractice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.STRATEGY: {
				Strategy strategy = (Strategy)theEObject;
				T result = caseStrategy(strategy);
				if (result == null) result = caseModelElement(strategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.THEME: {
				Theme theme = (Theme)theEObject;
				T result = caseTheme(theme);
				if (result == null) result = caseModelElement(theme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.AIM: {
				Aim aim = (Aim)theEObject;
				T result = caseAim(aim);
				if (result == null) result = caseModelElement(aim);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.STRATEGY_ACTION: {
				StrategyAction strategyAction = (StrategyAction)theEObject;
				T result = caseStrategyAction(strategyAction);
				if (result == null) result = caseModelElement(strategyAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.EFFECT: {
				Effect effect = (Effect)theEObject;
				T result = caseEffect(effect);
				if (result == null) result = caseModelElement(effect);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.INDICATOR: {
				Indicator indicator = (Indicator)theEObject;
				T result = caseIndicator(indicator);
				if (result == null) result = caseModelElement(indicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.MEASUREMENT: {
				Measurement measurement = (Measurement)theEObject;
				T result = caseMeasurement(measurement);
				if (result == null) result = caseModelElement(measurement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CroesoPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = caseModelElement(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModelElement(ModelElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provenance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provenance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvenance(Provenance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProject(Project object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Area</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Area</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArea(Area object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Population Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Population Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePopulationGroup(PopulationGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Base Population</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Base Population</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBasePopulation(BasePopulation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assumptions</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assumptions</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssumptions(Assumptions object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assumption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssumption(Assumption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Assumption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupAssumption(GroupAssumption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fertility Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fertility Assumption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFertilityAssumption(FertilityAssumption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Age Specific Fertility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Age Specific Fertility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAgeSpecificFertility(AgeSpecificFertility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Total Fertility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Total Fertility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTotalFertility(TotalFertility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mortality Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mortality Assumption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMortalityAssumption(MortalityAssumption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Age Specific Mortality</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Age Specific Mortality</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAgeSpecificMortality(AgeSpecificMortality object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Life Expectancy Mortality</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Life Expectancy Mortality</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifeExpectancyMortality(LifeExpectancyMortality object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Migration Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Migration Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMigrationFlow(MigrationFlow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Migration Counts</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Migration Counts</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMigrationCounts(MigrationCounts object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Migration Total</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Migration Total</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMigrationTotal(MigrationTotal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Migration Rate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Migration Rate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMigrationRate(MigrationRate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Migration Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Migration Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMigrationSchedule(MigrationSchedule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Transition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Transition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupTransition(GroupTransition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Special Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Special Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpecialFlow(SpecialFlow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenarioOverride(ScenarioOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Services</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Services</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServices(Services object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Assumptions</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Assumptions</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceAssumptions(ServiceAssumptions object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Figure Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Figure Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFigureSource(FigureSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>School Estate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>School Estate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchoolEstate(SchoolEstate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>School Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>School Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchoolUnit(SchoolUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>School</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>School</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchool(School object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planning Area</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planning Area</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanningArea(PlanningArea object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>School Capacity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>School Capacity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchoolCapacity(SchoolCapacity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Esol Provider</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Esol Provider</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEsolProvider(EsolProvider object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Esol Need</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Esol Need</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEsolNeed(EsolNeed object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Housing Stock</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Housing Stock</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHousingStock(HousingStock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Housing Completion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Housing Completion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHousingCompletion(HousingCompletion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gp Practice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gp Practice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGpPractice(GpPractice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategy(Strategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Theme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Theme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTheme(Theme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Aim</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Aim</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAim(Aim object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategyAction(StrategyAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Effect</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Effect</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEffect(Effect object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicator(Indicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurement(Measurement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CroesoSwitch
