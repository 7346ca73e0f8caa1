/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CroesoFactoryImpl extends EFactoryImpl implements CroesoFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CroesoFactory init() {
		try {
			CroesoFactory theCroesoFactory = (CroesoFactory)EPackage.Registry.INSTANCE.getEFactory(CroesoPackage.eNS_URI);
			if (theCroesoFactory != null) {
				return theCroesoFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CroesoFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CroesoFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CroesoPackage.PROVENANCE: return createProvenance();
			case CroesoPackage.PROJECT: return createProject();
			case CroesoPackage.AREA: return createArea();
			case CroesoPackage.POPULATION_GROUP: return createPopulationGroup();
			case CroesoPackage.BASE_POPULATION: return createBasePopulation();
			case CroesoPackage.ASSUMPTIONS: return createAssumptions();
			case CroesoPackage.AGE_SPECIFIC_FERTILITY: return createAgeSpecificFertility();
			case CroesoPackage.TOTAL_FERTILITY: return createTotalFertility();
			case CroesoPackage.AGE_SPECIFIC_MORTALITY: return createAgeSpecificMortality();
			case CroesoPackage.LIFE_EXPECTANCY_MORTALITY: return createLifeExpectancyMortality();
			case CroesoPackage.MIGRATION_COUNTS: return createMigrationCounts();
			case CroesoPackage.MIGRATION_TOTAL: return createMigrationTotal();
			case CroesoPackage.MIGRATION_RATE: return createMigrationRate();
			case CroesoPackage.MIGRATION_SCHEDULE: return createMigrationSchedule();
			case CroesoPackage.GROUP_TRANSITION: return createGroupTransition();
			case CroesoPackage.SPECIAL_FLOW: return createSpecialFlow();
			case CroesoPackage.SCENARIO: return createScenario();
			case CroesoPackage.SCENARIO_OVERRIDE: return createScenarioOverride();
			case CroesoPackage.SERVICES: return createServices();
			case CroesoPackage.SERVICE_ASSUMPTIONS: return createServiceAssumptions();
			case CroesoPackage.FIGURE_SOURCE: return createFigureSource();
			case CroesoPackage.SCHOOL_ESTATE: return createSchoolEstate();
			case CroesoPackage.SCHOOL: return createSchool();
			case CroesoPackage.PLANNING_AREA: return createPlanningArea();
			case CroesoPackage.SCHOOL_CAPACITY: return createSchoolCapacity();
			case CroesoPackage.ESOL_PROVIDER: return createEsolProvider();
			case CroesoPackage.ESOL_NEED: return createEsolNeed();
			case CroesoPackage.HOUSING_STOCK: return createHousingStock();
			case CroesoPackage.HOUSING_COMPLETION: return createHousingCompletion();
			case CroesoPackage.GP_PRACTICE: return createGpPractice();
			case CroesoPackage.STRATEGY: return createStrategy();
			case CroesoPackage.THEME: return createTheme();
			case CroesoPackage.AIM: return createAim();
			case CroesoPackage.STRATEGY_ACTION: return createStrategyAction();
			case CroesoPackage.EFFECT: return createEffect();
			case CroesoPackage.INDICATOR: return createIndicator();
			case CroesoPackage.MEASUREMENT: return createMeasurement();
			case CroesoPackage.ORGANISATION: return createOrganisation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CroesoPackage.AREA_KIND:
				return createAreaKindFromString(eDataType, initialValue);
			case CroesoPackage.MIGRATION_KIND:
				return createMigrationKindFromString(eDataType, initialValue);
			case CroesoPackage.OVERRIDE_MODE:
				return createOverrideModeFromString(eDataType, initialValue);
			case CroesoPackage.SCHOOL_PHASE:
				return createSchoolPhaseFromString(eDataType, initialValue);
			case CroesoPackage.YEAR_GROUP:
				return createYearGroupFromString(eDataType, initialValue);
			case CroesoPackage.INTEGRATION_DOMAIN:
				return createIntegrationDomainFromString(eDataType, initialValue);
			case CroesoPackage.RAG_STATUS:
				return createRagStatusFromString(eDataType, initialValue);
			case CroesoPackage.EFFECT_TARGET:
				return createEffectTargetFromString(eDataType, initialValue);
			case CroesoPackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case CroesoPackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CroesoPackage.AREA_KIND:
				return convertAreaKindToString(eDataType, instanceValue);
			case CroesoPackage.MIGRATION_KIND:
				return convertMigrationKindToString(eDataType, instanceValue);
			case CroesoPackage.OVERRIDE_MODE:
				return convertOverrideModeToString(eDataType, instanceValue);
			case CroesoPackage.SCHOOL_PHASE:
				return convertSchoolPhaseToString(eDataType, instanceValue);
			case CroesoPackage.YEAR_GROUP:
				return convertYearGroupToString(eDataType, instanceValue);
			case CroesoPackage.INTEGRATION_DOMAIN:
				return convertIntegrationDomainToString(eDataType, instanceValue);
			case CroesoPackage.RAG_STATUS:
				return convertRagStatusToString(eDataType, instanceValue);
			case CroesoPackage.EFFECT_TARGET:
				return convertEffectTargetToString(eDataType, instanceValue);
			case CroesoPackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case CroesoPackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance() {
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area createArea() {
		AreaImpl area = new AreaImpl();
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationGroup createPopulationGroup() {
		PopulationGroupImpl populationGroup = new PopulationGroupImpl();
		return populationGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BasePopulation createBasePopulation() {
		BasePopulationImpl basePopulation = new BasePopulationImpl();
		return basePopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumptions createAssumptions() {
		AssumptionsImpl assumptions = new AssumptionsImpl();
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgeSpecificFertility createAgeSpecificFertility() {
		AgeSpecificFertilityImpl ageSpecificFertility = new AgeSpecificFertilityImpl();
		return ageSpecificFertility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TotalFertility createTotalFertility() {
		TotalFertilityImpl totalFertility = new TotalFertilityImpl();
		return totalFertility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgeSpecificMortality createAgeSpecificMortality() {
		AgeSpecificMortalityImpl ageSpecificMortality = new AgeSpecificMortalityImpl();
		return ageSpecificMortality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeExpectancyMortality createLifeExpectancyMortality() {
		LifeExpectancyMortalityImpl lifeExpectancyMortality = new LifeExpectancyMortalityImpl();
		return lifeExpectancyMortality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationCounts createMigrationCounts() {
		MigrationCountsImpl migrationCounts = new MigrationCountsImpl();
		return migrationCounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationTotal createMigrationTotal() {
		MigrationTotalImpl migrationTotal = new MigrationTotalImpl();
		return migrationTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationRate createMigrationRate() {
		MigrationRateImpl migrationRate = new MigrationRateImpl();
		return migrationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationSchedule createMigrationSchedule() {
		MigrationScheduleImpl migrationSchedule = new MigrationScheduleImpl();
		return migrationSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupTransition createGroupTransition() {
		GroupTransitionImpl groupTransition = new GroupTransitionImpl();
		return groupTransition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecialFlow createSpecialFlow() {
		SpecialFlowImpl specialFlow = new SpecialFlowImpl();
		return specialFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioOverride createScenarioOverride() {
		ScenarioOverrideImpl scenarioOverride = new ScenarioOverrideImpl();
		return scenarioOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Services createServices() {
		ServicesImpl services = new ServicesImpl();
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAssumptions createServiceAssumptions() {
		ServiceAssumptionsImpl serviceAssumptions = new ServiceAssumptionsImpl();
		return serviceAssumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FigureSource createFigureSource() {
		FigureSourceImpl figureSource = new FigureSourceImpl();
		return figureSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolEstate createSchoolEstate() {
		SchoolEstateImpl schoolEstate = new SchoolEstateImpl();
		return schoolEstate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public School createSchool() {
		SchoolImpl school = new SchoolImpl();
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningArea createPlanningArea() {
		PlanningAreaImpl planningArea = new PlanningAreaImpl();
		return planningArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolCapacity createSchoolCapacity() {
		SchoolCapacityImpl schoolCapacity = new SchoolCapacityImpl();
		return schoolCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EsolProvider createEsolProvider() {
		EsolProviderImpl esolProvider = new EsolProviderImpl();
		return esolProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EsolNeed createEsolNeed() {
		EsolNeedImpl esolNeed = new EsolNeedImpl();
		return esolNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HousingStock createHousingStock() {
		HousingStockImpl housingStock = new HousingStockImpl();
		return housingStock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HousingCompletion createHousingCompletion() {
		HousingCompletionImpl housingCompletion = new HousingCompletionImpl();
		return housingCompletion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GpPractice createGpPractice() {
		GpPracticeImpl gpPractice = new GpPracticeImpl();
		return gpPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Theme createTheme() {
		ThemeImpl theme = new ThemeImpl();
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aim createAim() {
		AimImpl aim = new AimImpl();
		return aim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategyAction createStrategyAction() {
		StrategyActionImpl strategyAction = new StrategyActionImpl();
		return strategyAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Effect createEffect() {
		EffectImpl effect = new EffectImpl();
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AreaKind createAreaKindFromString(EDataType eDataType, String initialValue) {
		AreaKind result = AreaKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAreaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MigrationKind createMigrationKindFromString(EDataType eDataType, String initialValue) {
		MigrationKind result = MigrationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMigrationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OverrideMode createOverrideModeFromString(EDataType eDataType, String initialValue) {
		OverrideMode result = OverrideMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOverrideModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchoolPhase createSchoolPhaseFromString(EDataType eDataType, String initialValue) {
		SchoolPhase result = SchoolPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSchoolPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearGroup createYearGroupFromString(EDataType eDataType, String initialValue) {
		YearGroup result = YearGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntegrationDomain createIntegrationDomainFromString(EDataType eDataType, String initialValue) {
		IntegrationDomain result = IntegrationDomain.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntegrationDomainToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RagStatus createRagStatusFromString(EDataType eDataType, String initialValue) {
		RagStatus result = RagStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRagStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EffectTarget createEffectTargetFromString(EDataType eDataType, String initialValue) {
		EffectTarget result = EffectTarget.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEffectTargetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue) {
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Reads the compact comma-separated form; see {@link cymru.croeso.model.values.DoubleArrays}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public double[] createDoubleArrayFromString(EDataType eDataType, String initialValue) {
		return cymru.croeso.model.values.DoubleArrays.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes the compact comma-separated form; see {@link cymru.croeso.model.values.DoubleArrays}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue) {
		return cymru.croeso.model.values.DoubleArrays.format((double[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CroesoPackage getCroesoPackage() {
		return (CroesoPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CroesoPackage getPackage() {
		return CroesoPackage.eINSTANCE;
	}

} //CroesoFactoryImpl
