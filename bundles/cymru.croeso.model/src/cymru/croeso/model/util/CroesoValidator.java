/**
 */
package cymru.croeso.model.util;

import cymru.croeso.model.*;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see cymru.croeso.model.CroesoPackage
 * @generated
 */
public class CroesoValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CroesoValidator INSTANCE = new CroesoValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "cymru.croeso.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Within Bounds' of 'Model Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODEL_ELEMENT__WITHIN_BOUNDS = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Years Ordered' of 'Model Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODEL_ELEMENT__YEARS_ORDERED = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'References In Project' of 'Model Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODEL_ELEMENT__REFERENCES_IN_PROJECT = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Shape Matches' of 'Base Population'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BASE_POPULATION__SHAPE_MATCHES = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Parents Acyclic' of 'Scenario'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SCENARIO__PARENTS_ACYCLIC = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Figure Sources Name Figures' of 'Service Assumptions'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SERVICE_ASSUMPTIONS__FIGURE_SOURCES_NAME_FIGURES = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Subject Matches Target' of 'Effect'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EFFECT__SUBJECT_MATCHES_TARGET = 7;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 7;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CroesoValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CroesoPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CroesoPackage.MODEL_ELEMENT:
				return validateModelElement((ModelElement)value, diagnostics, context);
			case CroesoPackage.PROVENANCE:
				return validateProvenance((Provenance)value, diagnostics, context);
			case CroesoPackage.PROJECT:
				return validateProject((Project)value, diagnostics, context);
			case CroesoPackage.AREA:
				return validateArea((Area)value, diagnostics, context);
			case CroesoPackage.POPULATION_GROUP:
				return validatePopulationGroup((PopulationGroup)value, diagnostics, context);
			case CroesoPackage.BASE_POPULATION:
				return validateBasePopulation((BasePopulation)value, diagnostics, context);
			case CroesoPackage.ASSUMPTIONS:
				return validateAssumptions((Assumptions)value, diagnostics, context);
			case CroesoPackage.ASSUMPTION:
				return validateAssumption((Assumption)value, diagnostics, context);
			case CroesoPackage.GROUP_ASSUMPTION:
				return validateGroupAssumption((GroupAssumption)value, diagnostics, context);
			case CroesoPackage.FERTILITY_ASSUMPTION:
				return validateFertilityAssumption((FertilityAssumption)value, diagnostics, context);
			case CroesoPackage.AGE_SPECIFIC_FERTILITY:
				return validateAgeSpecificFertility((AgeSpecificFertility)value, diagnostics, context);
			case CroesoPackage.TOTAL_FERTILITY:
				return validateTotalFertility((TotalFertility)value, diagnostics, context);
			case CroesoPackage.MORTALITY_ASSUMPTION:
				return validateMortalityAssumption((MortalityAssumption)value, diagnostics, context);
			case CroesoPackage.AGE_SPECIFIC_MORTALITY:
				return validateAgeSpecificMortality((AgeSpecificMortality)value, diagnostics, context);
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY:
				return validateLifeExpectancyMortality((LifeExpectancyMortality)value, diagnostics, context);
			case CroesoPackage.MIGRATION_FLOW:
				return validateMigrationFlow((MigrationFlow)value, diagnostics, context);
			case CroesoPackage.MIGRATION_COUNTS:
				return validateMigrationCounts((MigrationCounts)value, diagnostics, context);
			case CroesoPackage.MIGRATION_TOTAL:
				return validateMigrationTotal((MigrationTotal)value, diagnostics, context);
			case CroesoPackage.MIGRATION_RATE:
				return validateMigrationRate((MigrationRate)value, diagnostics, context);
			case CroesoPackage.MIGRATION_SCHEDULE:
				return validateMigrationSchedule((MigrationSchedule)value, diagnostics, context);
			case CroesoPackage.GROUP_TRANSITION:
				return validateGroupTransition((GroupTransition)value, diagnostics, context);
			case CroesoPackage.SPECIAL_FLOW:
				return validateSpecialFlow((SpecialFlow)value, diagnostics, context);
			case CroesoPackage.SCENARIO:
				return validateScenario((Scenario)value, diagnostics, context);
			case CroesoPackage.SCENARIO_OVERRIDE:
				return validateScenarioOverride((ScenarioOverride)value, diagnostics, context);
			case CroesoPackage.SERVICES:
				return validateServices((Services)value, diagnostics, context);
			case CroesoPackage.SERVICE_ASSUMPTIONS:
				return validateServiceAssumptions((ServiceAssumptions)value, diagnostics, context);
			case CroesoPackage.FIGURE_SOURCE:
				return validateFigureSource((FigureSource)value, diagnostics, context);
			case CroesoPackage.SCHOOL_ESTATE:
				return validateSchoolEstate((SchoolEstate)value, diagnostics, context);
			case CroesoPackage.SCHOOL_UNIT:
				return validateSchoolUnit((SchoolUnit)value, diagnostics, context);
			case CroesoPackage.SCHOOL:
				return validateSchool((School)value, diagnostics, context);
			case CroesoPackage.PLANNING_AREA:
				return validatePlanningArea((PlanningArea)value, diagnostics, context);
			case CroesoPackage.SCHOOL_CAPACITY:
				return validateSchoolCapacity((SchoolCapacity)value, diagnostics, context);
			case CroesoPackage.ESOL_PROVIDER:
				return validateEsolProvider((EsolProvider)value, diagnostics, context);
			case CroesoPackage.ESOL_NEED:
				return validateEsolNeed((EsolNeed)value, diagnostics, context);
			case CroesoPackage.HOUSING_STOCK:
				return validateHousingStock((HousingStock)value, diagnostics, context);
			case CroesoPackage.HOUSING_COMPLETION:
				return validateHousingCompletion((HousingCompletion)value, diagnostics, context);
			case CroesoPackage.GP_PRACTICE:
				return validateGpPractice((GpPractice)value, diagnostics, context);
			case CroesoPackage.STRATEGY:
				return validateStrategy((Strategy)value, diagnostics, context);
			case CroesoPackage.THEME:
				return validateTheme((Theme)value, diagnostics, context);
			case CroesoPackage.AIM:
				return validateAim((Aim)value, diagnostics, context);
			case CroesoPackage.STRATEGY_ACTION:
				return validateStrategyAction((StrategyAction)value, diagnostics, context);
			case CroesoPackage.EFFECT:
				return validateEffect((Effect)value, diagnostics, context);
			case CroesoPackage.INDICATOR:
				return validateIndicator((Indicator)value, diagnostics, context);
			case CroesoPackage.MEASUREMENT:
				return validateMeasurement((Measurement)value, diagnostics, context);
			case CroesoPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case CroesoPackage.AREA_KIND:
				return validateAreaKind((AreaKind)value, diagnostics, context);
			case CroesoPackage.MIGRATION_KIND:
				return validateMigrationKind((MigrationKind)value, diagnostics, context);
			case CroesoPackage.OVERRIDE_MODE:
				return validateOverrideMode((OverrideMode)value, diagnostics, context);
			case CroesoPackage.SCHOOL_PHASE:
				return validateSchoolPhase((SchoolPhase)value, diagnostics, context);
			case CroesoPackage.YEAR_GROUP:
				return validateYearGroup((YearGroup)value, diagnostics, context);
			case CroesoPackage.INTEGRATION_DOMAIN:
				return validateIntegrationDomain((IntegrationDomain)value, diagnostics, context);
			case CroesoPackage.RAG_STATUS:
				return validateRagStatus((RagStatus)value, diagnostics, context);
			case CroesoPackage.EFFECT_TARGET:
				return validateEffectTarget((EffectTarget)value, diagnostics, context);
			case CroesoPackage.ORGANISATION_KIND:
				return validateOrganisationKind((OrganisationKind)value, diagnostics, context);
			case CroesoPackage.DOUBLE_ARRAY:
				return validateDoubleArray((double[])value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelElement(ModelElement modelElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(modelElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(modelElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(modelElement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the withinBounds constraint of '<em>Model Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelElement_withinBounds(ModelElement modelElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modelElement.withinBounds(diagnostics, context);
	}

	/**
	 * Validates the yearsOrdered constraint of '<em>Model Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelElement_yearsOrdered(ModelElement modelElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modelElement.yearsOrdered(diagnostics, context);
	}

	/**
	 * Validates the referencesInProject constraint of '<em>Model Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelElement_referencesInProject(ModelElement modelElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modelElement.referencesInProject(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProvenance(Provenance provenance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(provenance, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProject(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(project, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(project, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArea(Area area, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(area, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(area, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(area, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(area, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(area, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePopulationGroup(PopulationGroup populationGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(populationGroup, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(populationGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(populationGroup, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBasePopulation(BasePopulation basePopulation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(basePopulation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(basePopulation, diagnostics, context);
		if (result || diagnostics != null) result &= validateBasePopulation_shapeMatches(basePopulation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the shapeMatches constraint of '<em>Base Population</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBasePopulation_shapeMatches(BasePopulation basePopulation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return basePopulation.shapeMatches(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssumptions(Assumptions assumptions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(assumptions, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(assumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(assumptions, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssumption(Assumption assumption, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(assumption, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(assumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(assumption, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGroupAssumption(GroupAssumption groupAssumption, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(groupAssumption, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(groupAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(groupAssumption, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFertilityAssumption(FertilityAssumption fertilityAssumption, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(fertilityAssumption, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(fertilityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(fertilityAssumption, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAgeSpecificFertility(AgeSpecificFertility ageSpecificFertility, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(ageSpecificFertility, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(ageSpecificFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(ageSpecificFertility, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTotalFertility(TotalFertility totalFertility, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(totalFertility, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(totalFertility, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(totalFertility, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMortalityAssumption(MortalityAssumption mortalityAssumption, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(mortalityAssumption, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(mortalityAssumption, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(mortalityAssumption, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAgeSpecificMortality(AgeSpecificMortality ageSpecificMortality, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(ageSpecificMortality, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(ageSpecificMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(ageSpecificMortality, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifeExpectancyMortality(LifeExpectancyMortality lifeExpectancyMortality, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(lifeExpectancyMortality, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(lifeExpectancyMortality, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(lifeExpectancyMortality, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationFlow(MigrationFlow migrationFlow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(migrationFlow, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(migrationFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(migrationFlow, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationCounts(MigrationCounts migrationCounts, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(migrationCounts, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(migrationCounts, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(migrationCounts, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationTotal(MigrationTotal migrationTotal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(migrationTotal, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(migrationTotal, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(migrationTotal, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationRate(MigrationRate migrationRate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(migrationRate, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(migrationRate, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(migrationRate, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationSchedule(MigrationSchedule migrationSchedule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(migrationSchedule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(migrationSchedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(migrationSchedule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGroupTransition(GroupTransition groupTransition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(groupTransition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(groupTransition, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(groupTransition, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpecialFlow(SpecialFlow specialFlow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(specialFlow, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(specialFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(specialFlow, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scenario, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_parentsAcyclic(scenario, diagnostics, context);
		return result;
	}

	/**
	 * Validates the parentsAcyclic constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_parentsAcyclic(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return scenario.parentsAcyclic(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenarioOverride(ScenarioOverride scenarioOverride, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scenarioOverride, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(scenarioOverride, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(scenarioOverride, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServices(Services services, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(services, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(services, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(services, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(services, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(services, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(services, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceAssumptions(ServiceAssumptions serviceAssumptions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceAssumptions, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(serviceAssumptions, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceAssumptions_figureSourcesNameFigures(serviceAssumptions, diagnostics, context);
		return result;
	}

	/**
	 * Validates the figureSourcesNameFigures constraint of '<em>Service Assumptions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceAssumptions_figureSourcesNameFigures(ServiceAssumptions serviceAssumptions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return serviceAssumptions.figureSourcesNameFigures(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFigureSource(FigureSource figureSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(figureSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchoolEstate(SchoolEstate schoolEstate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(schoolEstate, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(schoolEstate, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(schoolEstate, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchoolUnit(SchoolUnit schoolUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(schoolUnit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(schoolUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(schoolUnit, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchool(School school, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(school, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(school, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(school, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(school, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(school, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(school, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanningArea(PlanningArea planningArea, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(planningArea, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(planningArea, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(planningArea, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchoolCapacity(SchoolCapacity schoolCapacity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(schoolCapacity, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(schoolCapacity, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(schoolCapacity, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEsolProvider(EsolProvider esolProvider, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(esolProvider, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(esolProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(esolProvider, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEsolNeed(EsolNeed esolNeed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(esolNeed, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(esolNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(esolNeed, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHousingStock(HousingStock housingStock, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(housingStock, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(housingStock, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(housingStock, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHousingCompletion(HousingCompletion housingCompletion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(housingCompletion, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(housingCompletion, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(housingCompletion, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGpPractice(GpPractice gpPractice, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(gpPractice, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(gpPractice, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(gpPractice, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStrategy(Strategy strategy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(strategy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(strategy, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTheme(Theme theme, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(theme, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(theme, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(theme, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAim(Aim aim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(aim, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(aim, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(aim, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStrategyAction(StrategyAction strategyAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(strategyAction, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(strategyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(strategyAction, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEffect(Effect effect, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(effect, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(effect, diagnostics, context);
		if (result || diagnostics != null) result &= validateEffect_subjectMatchesTarget(effect, diagnostics, context);
		return result;
	}

	/**
	 * Validates the subjectMatchesTarget constraint of '<em>Effect</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEffect_subjectMatchesTarget(Effect effect, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return effect.subjectMatchesTarget(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicator, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(indicator, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(measurement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(measurement, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(organisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_withinBounds(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_yearsOrdered(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelElement_referencesInProject(organisation, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAreaKind(AreaKind areaKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationKind(MigrationKind migrationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOverrideMode(OverrideMode overrideMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchoolPhase(SchoolPhase schoolPhase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYearGroup(YearGroup yearGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntegrationDomain(IntegrationDomain integrationDomain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRagStatus(RagStatus ragStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEffectTarget(EffectTarget effectTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisationKind(OrganisationKind organisationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDoubleArray(double[] doubleArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/**
	 * EMF's built-in messages in Welsh when the user's locale is Welsh.
	 */
	@Override
	protected ResourceLocator getEcoreResourceLocator() {
		return cymru.croeso.model.validation.EcoreMessages.INSTANCE;
	}

} //CroesoValidator
