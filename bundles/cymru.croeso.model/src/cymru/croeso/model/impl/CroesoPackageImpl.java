/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.AgeSpecificFertility;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Aim;
import cymru.croeso.model.Area;
import cymru.croeso.model.AreaKind;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.FertilityAssumption;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.GpPractice;
import cymru.croeso.model.GroupAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.HousingCompletion;
import cymru.croeso.model.HousingStock;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.MigrationCounts;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.ModelElement;
import cymru.croeso.model.MortalityAssumption;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.OrganisationKind;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.PlanningArea;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Provenance;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.School;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.SchoolPhase;
import cymru.croeso.model.SchoolUnit;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.Services;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;
import cymru.croeso.model.TotalFertility;
import cymru.croeso.model.YearGroup;

import cymru.croeso.model.util.CroesoValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CroesoPackageImpl extends EPackageImpl implements CroesoPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provenanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass areaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass basePopulationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assumptionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupAssumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fertilityAssumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ageSpecificFertilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass totalFertilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mortalityAssumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ageSpecificMortalityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifeExpectancyMortalityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationCountsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationTotalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationRateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationScheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupTransitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass specialFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass servicesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceAssumptionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass figureSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schoolEstateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schoolUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schoolCapacityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass esolProviderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass esolNeedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass housingStockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass housingCompletionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gpPracticeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass themeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass effectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum migrationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum overrideModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum schoolPhaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum yearGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum integrationDomainEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ragStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum effectTargetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType doubleArrayEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see cymru.croeso.model.CroesoPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CroesoPackageImpl() {
		super(eNS_URI, CroesoFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CroesoPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CroesoPackage init() {
		if (isInited) return (CroesoPackage)EPackage.Registry.INSTANCE.getEPackage(CroesoPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCroesoPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CroesoPackageImpl theCroesoPackage = registeredCroesoPackage instanceof CroesoPackageImpl ? (CroesoPackageImpl)registeredCroesoPackage : new CroesoPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCroesoPackage.createPackageContents();

		// Initialize created meta-data
		theCroesoPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCroesoPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CroesoValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCroesoPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CroesoPackage.eNS_URI, theCroesoPackage);
		return theCroesoPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement() {
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelElement_Provenance() {
		return (EReference)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelElement__WithinBounds__DiagnosticChain_Map() {
		return modelElementEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelElement__YearsOrdered__DiagnosticChain_Map() {
		return modelElementEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelElement__ReferencesInProject__DiagnosticChain_Map() {
		return modelElementEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvenance() {
		return provenanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Source() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Note() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Illustrative() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProject() {
		return projectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Name() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_FormatVersion() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Description() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Areas() {
		return (EReference)projectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Groups() {
		return (EReference)projectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_BasePopulation() {
		return (EReference)projectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Assumptions() {
		return (EReference)projectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Scenarios() {
		return (EReference)projectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Services() {
		return (EReference)projectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Strategy() {
		return (EReference)projectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Indicators() {
		return (EReference)projectEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Organisations() {
		return (EReference)projectEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArea() {
		return areaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_Code() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_NameEn() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_NameCy() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_Kind() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_SubAreas() {
		return (EReference)areaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulationGroup() {
		return populationGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_Id() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_NameEn() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_NameCy() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_UkBorn() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBasePopulation() {
		return basePopulationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasePopulation_BaseYear() {
		return (EAttribute)basePopulationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasePopulation_TopAge() {
		return (EAttribute)basePopulationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasePopulation_Areas() {
		return (EReference)basePopulationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasePopulation_Groups() {
		return (EReference)basePopulationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasePopulation_Values() {
		return (EAttribute)basePopulationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBasePopulation__ShapeMatches__DiagnosticChain_Map() {
		return basePopulationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssumptions() {
		return assumptionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumptions_Fertility() {
		return (EReference)assumptionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumptions_Mortality() {
		return (EReference)assumptionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumptions_Migration() {
		return (EReference)assumptionsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumptions_Schedules() {
		return (EReference)assumptionsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumptions_Transitions() {
		return (EReference)assumptionsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumptions_SpecialFlows() {
		return (EReference)assumptionsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssumption() {
		return assumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssumption_Id() {
		return (EAttribute)assumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumption_Area() {
		return (EReference)assumptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupAssumption() {
		return groupAssumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupAssumption_Group() {
		return (EReference)groupAssumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFertilityAssumption() {
		return fertilityAssumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFertilityAssumption_FirstAge() {
		return (EAttribute)fertilityAssumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgeSpecificFertility() {
		return ageSpecificFertilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeSpecificFertility_Rates() {
		return (EAttribute)ageSpecificFertilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTotalFertility() {
		return totalFertilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTotalFertility_Tfr() {
		return (EAttribute)totalFertilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTotalFertility_Schedule() {
		return (EAttribute)totalFertilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMortalityAssumption() {
		return mortalityAssumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgeSpecificMortality() {
		return ageSpecificMortalityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeSpecificMortality_Rates() {
		return (EAttribute)ageSpecificMortalityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifeExpectancyMortality() {
		return lifeExpectancyMortalityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeExpectancyMortality_MaleLifeExpectancy() {
		return (EAttribute)lifeExpectancyMortalityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeExpectancyMortality_FemaleLifeExpectancy() {
		return (EAttribute)lifeExpectancyMortalityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeExpectancyMortality_StandardRates() {
		return (EAttribute)lifeExpectancyMortalityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationFlow() {
		return migrationFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationFlow_Kind() {
		return (EAttribute)migrationFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationCounts() {
		return migrationCountsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationCounts_Counts() {
		return (EAttribute)migrationCountsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationTotal() {
		return migrationTotalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationTotal_Total() {
		return (EAttribute)migrationTotalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigrationTotal_Schedule() {
		return (EReference)migrationTotalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationRate() {
		return migrationRateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationRate_Rates() {
		return (EAttribute)migrationRateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationSchedule() {
		return migrationScheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationSchedule_Id() {
		return (EAttribute)migrationScheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationSchedule_Name() {
		return (EAttribute)migrationScheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationSchedule_Shares() {
		return (EAttribute)migrationScheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupTransition() {
		return groupTransitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupTransition_From() {
		return (EReference)groupTransitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupTransition_To() {
		return (EReference)groupTransitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupTransition_Share() {
		return (EAttribute)groupTransitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupTransition_SharesByAge() {
		return (EAttribute)groupTransitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpecialFlow() {
		return specialFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecialFlow_Name() {
		return (EAttribute)specialFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecialFlow_PerYear() {
		return (EAttribute)specialFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecialFlow_FromYear() {
		return (EAttribute)specialFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecialFlow_ToYear() {
		return (EAttribute)specialFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecialFlow_Profile() {
		return (EReference)specialFlowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Id() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Name() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Parent() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_BaseYear() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_EndYear() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Overrides() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_EnabledActions() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_DisabledActions() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__ParentsAcyclic__DiagnosticChain_Map() {
		return scenarioEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenarioOverride() {
		return scenarioOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenarioOverride_Target() {
		return (EReference)scenarioOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_FromYear() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_Mode() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_Value() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServices() {
		return servicesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServices_SchoolEstates() {
		return (EReference)servicesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServices_EsolProviders() {
		return (EReference)servicesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServices_EsolNeeds() {
		return (EReference)servicesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServices_HousingStocks() {
		return (EReference)servicesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServices_GpPractices() {
		return (EReference)servicesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServices_Assumptions() {
		return (EReference)servicesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceAssumptions() {
		return serviceAssumptionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_ParticipationRate() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_NonUkBornEalShare() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_UkBornEalShare() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_SurplusFlagPercent() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_NonUkBornLimitedEnglishShare() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_UkBornLimitedEnglishShare() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_EsolUptakeRate() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_EsolWaitingListDropOut() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_EsolGuidedHoursPerLearner() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_EsolCostPerGuidedHour() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_InstitutionalRate() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_HeadshipRateAdult() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_VacancyRate() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_SecondHomesRate() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_NonUkBornRentingShare() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_UkBornRentingShare() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_CrowdingIndexThreshold() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAssumptions_GpRegistrationRate() {
		return (EAttribute)serviceAssumptionsEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAssumptions_FigureSources() {
		return (EReference)serviceAssumptionsEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getServiceAssumptions__FigureSourcesNameFigures__DiagnosticChain_Map() {
		return serviceAssumptionsEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFigureSource() {
		return figureSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFigureSource_Figure() {
		return (EAttribute)figureSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFigureSource_Source() {
		return (EAttribute)figureSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFigureSource_Note() {
		return (EAttribute)figureSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFigureSource_LocalFigureNeeded() {
		return (EAttribute)figureSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchoolEstate() {
		return schoolEstateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolEstate_Name() {
		return (EAttribute)schoolEstateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchoolEstate_Area() {
		return (EReference)schoolEstateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolEstate_EalShare() {
		return (EAttribute)schoolEstateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchoolEstate_Units() {
		return (EReference)schoolEstateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchoolUnit() {
		return schoolUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolUnit_Code() {
		return (EAttribute)schoolUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolUnit_Name() {
		return (EAttribute)schoolUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolUnit_Phase() {
		return (EAttribute)schoolUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchoolUnit_Capacities() {
		return (EReference)schoolUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchool() {
		return schoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchool_WelshMedium() {
		return (EAttribute)schoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningArea() {
		return planningAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningArea_Area() {
		return (EReference)planningAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchoolCapacity() {
		return schoolCapacityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolCapacity_YearGroup() {
		return (EAttribute)schoolCapacityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolCapacity_FromYear() {
		return (EAttribute)schoolCapacityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchoolCapacity_Places() {
		return (EAttribute)schoolCapacityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEsolProvider() {
		return esolProviderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEsolProvider_Name() {
		return (EAttribute)esolProviderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEsolProvider_Organisation() {
		return (EReference)esolProviderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEsolProvider_Area() {
		return (EReference)esolProviderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEsolProvider_Places() {
		return (EAttribute)esolProviderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEsolProvider_GuidedHours() {
		return (EAttribute)esolProviderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEsolProvider_CostPerHour() {
		return (EAttribute)esolProviderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEsolNeed() {
		return esolNeedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEsolNeed_Group() {
		return (EReference)esolNeedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEsolNeed_Area() {
		return (EReference)esolNeedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEsolNeed_LackingEnglish() {
		return (EAttribute)esolNeedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEsolNeed_Uptake() {
		return (EAttribute)esolNeedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHousingStock() {
		return housingStockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousingStock_Area() {
		return (EReference)housingStockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousingStock_Dwellings() {
		return (EAttribute)housingStockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousingStock_Pipeline() {
		return (EReference)housingStockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHousingCompletion() {
		return housingCompletionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousingCompletion_Year() {
		return (EAttribute)housingCompletionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousingCompletion_Dwellings() {
		return (EAttribute)housingCompletionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGpPractice() {
		return gpPracticeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpPractice_Code() {
		return (EAttribute)gpPracticeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpPractice_Name() {
		return (EAttribute)gpPracticeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGpPractice_Area() {
		return (EReference)gpPracticeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpPractice_ListCapacity() {
		return (EAttribute)gpPracticeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpPractice_Registered() {
		return (EAttribute)gpPracticeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategy() {
		return strategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategy_Name() {
		return (EAttribute)strategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Themes() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTheme() {
		return themeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheme_NameEn() {
		return (EAttribute)themeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheme_NameCy() {
		return (EAttribute)themeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheme_Domain() {
		return (EAttribute)themeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheme_Aims() {
		return (EReference)themeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAim() {
		return aimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAim_Text() {
		return (EAttribute)aimEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAim_Actions() {
		return (EReference)aimEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategyAction() {
		return strategyActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyAction_Id() {
		return (EAttribute)strategyActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyAction_Title() {
		return (EAttribute)strategyActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyAction_Lead() {
		return (EReference)strategyActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyAction_Partners() {
		return (EReference)strategyActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyAction_StartYear() {
		return (EAttribute)strategyActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyAction_EndYear() {
		return (EAttribute)strategyActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyAction_Cost() {
		return (EAttribute)strategyActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyAction_Status() {
		return (EAttribute)strategyActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyAction_Effects() {
		return (EReference)strategyActionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEffect() {
		return effectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffect_Target() {
		return (EAttribute)effectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffect_Amount() {
		return (EAttribute)effectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffect_FromYear() {
		return (EAttribute)effectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffect_ToYear() {
		return (EAttribute)effectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEffect_EsolProvider() {
		return (EReference)effectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEffect_School() {
		return (EReference)effectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffect_YearGroup() {
		return (EAttribute)effectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEffect_EsolNeed() {
		return (EReference)effectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEffect_Assumption() {
		return (EReference)effectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEffect__SubjectMatchesTarget__DiagnosticChain_Map() {
		return effectEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Id() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Domain() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Wording() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_WellBeingIndicator() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_DataForMigrants() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_DataForUkBorn() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Measurements() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurement() {
		return measurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Year() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasurement_Area() {
		return (EReference)measurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Migrants() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_UkBorn() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Baseline() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Target() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Id() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Kind() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaKind() {
		return areaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMigrationKind() {
		return migrationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOverrideMode() {
		return overrideModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSchoolPhase() {
		return schoolPhaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getYearGroup() {
		return yearGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntegrationDomain() {
		return integrationDomainEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRagStatus() {
		return ragStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEffectTarget() {
		return effectTargetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationKind() {
		return organisationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDoubleArray() {
		return doubleArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CroesoFactory getCroesoFactory() {
		return (CroesoFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEReference(modelElementEClass, MODEL_ELEMENT__PROVENANCE);
		createEOperation(modelElementEClass, MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP);
		createEOperation(modelElementEClass, MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP);
		createEOperation(modelElementEClass, MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP);

		provenanceEClass = createEClass(PROVENANCE);
		createEAttribute(provenanceEClass, PROVENANCE__SOURCE);
		createEAttribute(provenanceEClass, PROVENANCE__NOTE);
		createEAttribute(provenanceEClass, PROVENANCE__ILLUSTRATIVE);

		projectEClass = createEClass(PROJECT);
		createEAttribute(projectEClass, PROJECT__NAME);
		createEAttribute(projectEClass, PROJECT__FORMAT_VERSION);
		createEAttribute(projectEClass, PROJECT__DESCRIPTION);
		createEReference(projectEClass, PROJECT__AREAS);
		createEReference(projectEClass, PROJECT__GROUPS);
		createEReference(projectEClass, PROJECT__BASE_POPULATION);
		createEReference(projectEClass, PROJECT__ASSUMPTIONS);
		createEReference(projectEClass, PROJECT__SCENARIOS);
		createEReference(projectEClass, PROJECT__SERVICES);
		createEReference(projectEClass, PROJECT__STRATEGY);
		createEReference(projectEClass, PROJECT__INDICATORS);
		createEReference(projectEClass, PROJECT__ORGANISATIONS);

		areaEClass = createEClass(AREA);
		createEAttribute(areaEClass, AREA__CODE);
		createEAttribute(areaEClass, AREA__NAME_EN);
		createEAttribute(areaEClass, AREA__NAME_CY);
		createEAttribute(areaEClass, AREA__KIND);
		createEReference(areaEClass, AREA__SUB_AREAS);

		populationGroupEClass = createEClass(POPULATION_GROUP);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__ID);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__NAME_EN);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__NAME_CY);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__UK_BORN);

		basePopulationEClass = createEClass(BASE_POPULATION);
		createEAttribute(basePopulationEClass, BASE_POPULATION__BASE_YEAR);
		createEAttribute(basePopulationEClass, BASE_POPULATION__TOP_AGE);
		createEReference(basePopulationEClass, BASE_POPULATION__AREAS);
		createEReference(basePopulationEClass, BASE_POPULATION__GROUPS);
		createEAttribute(basePopulationEClass, BASE_POPULATION__VALUES);
		createEOperation(basePopulationEClass, BASE_POPULATION___SHAPE_MATCHES__DIAGNOSTICCHAIN_MAP);

		assumptionsEClass = createEClass(ASSUMPTIONS);
		createEReference(assumptionsEClass, ASSUMPTIONS__FERTILITY);
		createEReference(assumptionsEClass, ASSUMPTIONS__MORTALITY);
		createEReference(assumptionsEClass, ASSUMPTIONS__MIGRATION);
		createEReference(assumptionsEClass, ASSUMPTIONS__SCHEDULES);
		createEReference(assumptionsEClass, ASSUMPTIONS__TRANSITIONS);
		createEReference(assumptionsEClass, ASSUMPTIONS__SPECIAL_FLOWS);

		assumptionEClass = createEClass(ASSUMPTION);
		createEAttribute(assumptionEClass, ASSUMPTION__ID);
		createEReference(assumptionEClass, ASSUMPTION__AREA);

		groupAssumptionEClass = createEClass(GROUP_ASSUMPTION);
		createEReference(groupAssumptionEClass, GROUP_ASSUMPTION__GROUP);

		fertilityAssumptionEClass = createEClass(FERTILITY_ASSUMPTION);
		createEAttribute(fertilityAssumptionEClass, FERTILITY_ASSUMPTION__FIRST_AGE);

		ageSpecificFertilityEClass = createEClass(AGE_SPECIFIC_FERTILITY);
		createEAttribute(ageSpecificFertilityEClass, AGE_SPECIFIC_FERTILITY__RATES);

		totalFertilityEClass = createEClass(TOTAL_FERTILITY);
		createEAttribute(totalFertilityEClass, TOTAL_FERTILITY__TFR);
		createEAttribute(totalFertilityEClass, TOTAL_FERTILITY__SCHEDULE);

		mortalityAssumptionEClass = createEClass(MORTALITY_ASSUMPTION);

		ageSpecificMortalityEClass = createEClass(AGE_SPECIFIC_MORTALITY);
		createEAttribute(ageSpecificMortalityEClass, AGE_SPECIFIC_MORTALITY__RATES);

		lifeExpectancyMortalityEClass = createEClass(LIFE_EXPECTANCY_MORTALITY);
		createEAttribute(lifeExpectancyMortalityEClass, LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY);
		createEAttribute(lifeExpectancyMortalityEClass, LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY);
		createEAttribute(lifeExpectancyMortalityEClass, LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES);

		migrationFlowEClass = createEClass(MIGRATION_FLOW);
		createEAttribute(migrationFlowEClass, MIGRATION_FLOW__KIND);

		migrationCountsEClass = createEClass(MIGRATION_COUNTS);
		createEAttribute(migrationCountsEClass, MIGRATION_COUNTS__COUNTS);

		migrationTotalEClass = createEClass(MIGRATION_TOTAL);
		createEAttribute(migrationTotalEClass, MIGRATION_TOTAL__TOTAL);
		createEReference(migrationTotalEClass, MIGRATION_TOTAL__SCHEDULE);

		migrationRateEClass = createEClass(MIGRATION_RATE);
		createEAttribute(migrationRateEClass, MIGRATION_RATE__RATES);

		migrationScheduleEClass = createEClass(MIGRATION_SCHEDULE);
		createEAttribute(migrationScheduleEClass, MIGRATION_SCHEDULE__ID);
		createEAttribute(migrationScheduleEClass, MIGRATION_SCHEDULE__NAME);
		createEAttribute(migrationScheduleEClass, MIGRATION_SCHEDULE__SHARES);

		groupTransitionEClass = createEClass(GROUP_TRANSITION);
		createEReference(groupTransitionEClass, GROUP_TRANSITION__FROM);
		createEReference(groupTransitionEClass, GROUP_TRANSITION__TO);
		createEAttribute(groupTransitionEClass, GROUP_TRANSITION__SHARE);
		createEAttribute(groupTransitionEClass, GROUP_TRANSITION__SHARES_BY_AGE);

		specialFlowEClass = createEClass(SPECIAL_FLOW);
		createEAttribute(specialFlowEClass, SPECIAL_FLOW__NAME);
		createEAttribute(specialFlowEClass, SPECIAL_FLOW__PER_YEAR);
		createEAttribute(specialFlowEClass, SPECIAL_FLOW__FROM_YEAR);
		createEAttribute(specialFlowEClass, SPECIAL_FLOW__TO_YEAR);
		createEReference(specialFlowEClass, SPECIAL_FLOW__PROFILE);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__ID);
		createEAttribute(scenarioEClass, SCENARIO__NAME);
		createEReference(scenarioEClass, SCENARIO__PARENT);
		createEAttribute(scenarioEClass, SCENARIO__BASE_YEAR);
		createEAttribute(scenarioEClass, SCENARIO__END_YEAR);
		createEReference(scenarioEClass, SCENARIO__OVERRIDES);
		createEReference(scenarioEClass, SCENARIO__ENABLED_ACTIONS);
		createEReference(scenarioEClass, SCENARIO__DISABLED_ACTIONS);
		createEOperation(scenarioEClass, SCENARIO___PARENTS_ACYCLIC__DIAGNOSTICCHAIN_MAP);

		scenarioOverrideEClass = createEClass(SCENARIO_OVERRIDE);
		createEReference(scenarioOverrideEClass, SCENARIO_OVERRIDE__TARGET);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__FROM_YEAR);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__MODE);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__VALUE);

		servicesEClass = createEClass(SERVICES);
		createEReference(servicesEClass, SERVICES__SCHOOL_ESTATES);
		createEReference(servicesEClass, SERVICES__ESOL_PROVIDERS);
		createEReference(servicesEClass, SERVICES__ESOL_NEEDS);
		createEReference(servicesEClass, SERVICES__HOUSING_STOCKS);
		createEReference(servicesEClass, SERVICES__GP_PRACTICES);
		createEReference(servicesEClass, SERVICES__ASSUMPTIONS);

		serviceAssumptionsEClass = createEClass(SERVICE_ASSUMPTIONS);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__PARTICIPATION_RATE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__VACANCY_RATE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD);
		createEAttribute(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE);
		createEReference(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS__FIGURE_SOURCES);
		createEOperation(serviceAssumptionsEClass, SERVICE_ASSUMPTIONS___FIGURE_SOURCES_NAME_FIGURES__DIAGNOSTICCHAIN_MAP);

		figureSourceEClass = createEClass(FIGURE_SOURCE);
		createEAttribute(figureSourceEClass, FIGURE_SOURCE__FIGURE);
		createEAttribute(figureSourceEClass, FIGURE_SOURCE__SOURCE);
		createEAttribute(figureSourceEClass, FIGURE_SOURCE__NOTE);
		createEAttribute(figureSourceEClass, FIGURE_SOURCE__LOCAL_FIGURE_NEEDED);

		schoolEstateEClass = createEClass(SCHOOL_ESTATE);
		createEAttribute(schoolEstateEClass, SCHOOL_ESTATE__NAME);
		createEReference(schoolEstateEClass, SCHOOL_ESTATE__AREA);
		createEAttribute(schoolEstateEClass, SCHOOL_ESTATE__EAL_SHARE);
		createEReference(schoolEstateEClass, SCHOOL_ESTATE__UNITS);

		schoolUnitEClass = createEClass(SCHOOL_UNIT);
		createEAttribute(schoolUnitEClass, SCHOOL_UNIT__CODE);
		createEAttribute(schoolUnitEClass, SCHOOL_UNIT__NAME);
		createEAttribute(schoolUnitEClass, SCHOOL_UNIT__PHASE);
		createEReference(schoolUnitEClass, SCHOOL_UNIT__CAPACITIES);

		schoolEClass = createEClass(SCHOOL);
		createEAttribute(schoolEClass, SCHOOL__WELSH_MEDIUM);

		planningAreaEClass = createEClass(PLANNING_AREA);
		createEReference(planningAreaEClass, PLANNING_AREA__AREA);

		schoolCapacityEClass = createEClass(SCHOOL_CAPACITY);
		createEAttribute(schoolCapacityEClass, SCHOOL_CAPACITY__YEAR_GROUP);
		createEAttribute(schoolCapacityEClass, SCHOOL_CAPACITY__FROM_YEAR);
		createEAttribute(schoolCapacityEClass, SCHOOL_CAPACITY__PLACES);

		esolProviderEClass = createEClass(ESOL_PROVIDER);
		createEAttribute(esolProviderEClass, ESOL_PROVIDER__NAME);
		createEReference(esolProviderEClass, ESOL_PROVIDER__ORGANISATION);
		createEReference(esolProviderEClass, ESOL_PROVIDER__AREA);
		createEAttribute(esolProviderEClass, ESOL_PROVIDER__PLACES);
		createEAttribute(esolProviderEClass, ESOL_PROVIDER__GUIDED_HOURS);
		createEAttribute(esolProviderEClass, ESOL_PROVIDER__COST_PER_HOUR);

		esolNeedEClass = createEClass(ESOL_NEED);
		createEReference(esolNeedEClass, ESOL_NEED__GROUP);
		createEReference(esolNeedEClass, ESOL_NEED__AREA);
		createEAttribute(esolNeedEClass, ESOL_NEED__LACKING_ENGLISH);
		createEAttribute(esolNeedEClass, ESOL_NEED__UPTAKE);

		housingStockEClass = createEClass(HOUSING_STOCK);
		createEReference(housingStockEClass, HOUSING_STOCK__AREA);
		createEAttribute(housingStockEClass, HOUSING_STOCK__DWELLINGS);
		createEReference(housingStockEClass, HOUSING_STOCK__PIPELINE);

		housingCompletionEClass = createEClass(HOUSING_COMPLETION);
		createEAttribute(housingCompletionEClass, HOUSING_COMPLETION__YEAR);
		createEAttribute(housingCompletionEClass, HOUSING_COMPLETION__DWELLINGS);

		gpPracticeEClass = createEClass(GP_PRACTICE);
		createEAttribute(gpPracticeEClass, GP_PRACTICE__CODE);
		createEAttribute(gpPracticeEClass, GP_PRACTICE__NAME);
		createEReference(gpPracticeEClass, GP_PRACTICE__AREA);
		createEAttribute(gpPracticeEClass, GP_PRACTICE__LIST_CAPACITY);
		createEAttribute(gpPracticeEClass, GP_PRACTICE__REGISTERED);

		strategyEClass = createEClass(STRATEGY);
		createEAttribute(strategyEClass, STRATEGY__NAME);
		createEReference(strategyEClass, STRATEGY__THEMES);

		themeEClass = createEClass(THEME);
		createEAttribute(themeEClass, THEME__NAME_EN);
		createEAttribute(themeEClass, THEME__NAME_CY);
		createEAttribute(themeEClass, THEME__DOMAIN);
		createEReference(themeEClass, THEME__AIMS);

		aimEClass = createEClass(AIM);
		createEAttribute(aimEClass, AIM__TEXT);
		createEReference(aimEClass, AIM__ACTIONS);

		strategyActionEClass = createEClass(STRATEGY_ACTION);
		createEAttribute(strategyActionEClass, STRATEGY_ACTION__ID);
		createEAttribute(strategyActionEClass, STRATEGY_ACTION__TITLE);
		createEReference(strategyActionEClass, STRATEGY_ACTION__LEAD);
		createEReference(strategyActionEClass, STRATEGY_ACTION__PARTNERS);
		createEAttribute(strategyActionEClass, STRATEGY_ACTION__START_YEAR);
		createEAttribute(strategyActionEClass, STRATEGY_ACTION__END_YEAR);
		createEAttribute(strategyActionEClass, STRATEGY_ACTION__COST);
		createEAttribute(strategyActionEClass, STRATEGY_ACTION__STATUS);
		createEReference(strategyActionEClass, STRATEGY_ACTION__EFFECTS);

		effectEClass = createEClass(EFFECT);
		createEAttribute(effectEClass, EFFECT__TARGET);
		createEAttribute(effectEClass, EFFECT__AMOUNT);
		createEAttribute(effectEClass, EFFECT__FROM_YEAR);
		createEAttribute(effectEClass, EFFECT__TO_YEAR);
		createEReference(effectEClass, EFFECT__ESOL_PROVIDER);
		createEReference(effectEClass, EFFECT__SCHOOL);
		createEAttribute(effectEClass, EFFECT__YEAR_GROUP);
		createEReference(effectEClass, EFFECT__ESOL_NEED);
		createEReference(effectEClass, EFFECT__ASSUMPTION);
		createEOperation(effectEClass, EFFECT___SUBJECT_MATCHES_TARGET__DIAGNOSTICCHAIN_MAP);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__ID);
		createEAttribute(indicatorEClass, INDICATOR__DOMAIN);
		createEAttribute(indicatorEClass, INDICATOR__WORDING);
		createEAttribute(indicatorEClass, INDICATOR__WELL_BEING_INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__DATA_FOR_MIGRANTS);
		createEAttribute(indicatorEClass, INDICATOR__DATA_FOR_UK_BORN);
		createEReference(indicatorEClass, INDICATOR__MEASUREMENTS);

		measurementEClass = createEClass(MEASUREMENT);
		createEAttribute(measurementEClass, MEASUREMENT__YEAR);
		createEReference(measurementEClass, MEASUREMENT__AREA);
		createEAttribute(measurementEClass, MEASUREMENT__MIGRANTS);
		createEAttribute(measurementEClass, MEASUREMENT__UK_BORN);
		createEAttribute(measurementEClass, MEASUREMENT__BASELINE);
		createEAttribute(measurementEClass, MEASUREMENT__TARGET);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__ID);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEAttribute(organisationEClass, ORGANISATION__KIND);

		// Create enums
		areaKindEEnum = createEEnum(AREA_KIND);
		migrationKindEEnum = createEEnum(MIGRATION_KIND);
		overrideModeEEnum = createEEnum(OVERRIDE_MODE);
		schoolPhaseEEnum = createEEnum(SCHOOL_PHASE);
		yearGroupEEnum = createEEnum(YEAR_GROUP);
		integrationDomainEEnum = createEEnum(INTEGRATION_DOMAIN);
		ragStatusEEnum = createEEnum(RAG_STATUS);
		effectTargetEEnum = createEEnum(EFFECT_TARGET);
		organisationKindEEnum = createEEnum(ORGANISATION_KIND);

		// Create data types
		doubleArrayEDataType = createEDataType(DOUBLE_ARRAY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		projectEClass.getESuperTypes().add(this.getModelElement());
		areaEClass.getESuperTypes().add(this.getModelElement());
		populationGroupEClass.getESuperTypes().add(this.getModelElement());
		basePopulationEClass.getESuperTypes().add(this.getModelElement());
		assumptionsEClass.getESuperTypes().add(this.getModelElement());
		assumptionEClass.getESuperTypes().add(this.getModelElement());
		groupAssumptionEClass.getESuperTypes().add(this.getAssumption());
		fertilityAssumptionEClass.getESuperTypes().add(this.getGroupAssumption());
		ageSpecificFertilityEClass.getESuperTypes().add(this.getFertilityAssumption());
		totalFertilityEClass.getESuperTypes().add(this.getFertilityAssumption());
		mortalityAssumptionEClass.getESuperTypes().add(this.getGroupAssumption());
		ageSpecificMortalityEClass.getESuperTypes().add(this.getMortalityAssumption());
		lifeExpectancyMortalityEClass.getESuperTypes().add(this.getMortalityAssumption());
		migrationFlowEClass.getESuperTypes().add(this.getGroupAssumption());
		migrationCountsEClass.getESuperTypes().add(this.getMigrationFlow());
		migrationTotalEClass.getESuperTypes().add(this.getMigrationFlow());
		migrationRateEClass.getESuperTypes().add(this.getMigrationFlow());
		migrationScheduleEClass.getESuperTypes().add(this.getModelElement());
		groupTransitionEClass.getESuperTypes().add(this.getAssumption());
		specialFlowEClass.getESuperTypes().add(this.getGroupAssumption());
		scenarioEClass.getESuperTypes().add(this.getModelElement());
		scenarioOverrideEClass.getESuperTypes().add(this.getModelElement());
		servicesEClass.getESuperTypes().add(this.getModelElement());
		serviceAssumptionsEClass.getESuperTypes().add(this.getModelElement());
		schoolEstateEClass.getESuperTypes().add(this.getModelElement());
		schoolUnitEClass.getESuperTypes().add(this.getModelElement());
		schoolEClass.getESuperTypes().add(this.getSchoolUnit());
		planningAreaEClass.getESuperTypes().add(this.getSchoolUnit());
		schoolCapacityEClass.getESuperTypes().add(this.getModelElement());
		esolProviderEClass.getESuperTypes().add(this.getModelElement());
		esolNeedEClass.getESuperTypes().add(this.getModelElement());
		housingStockEClass.getESuperTypes().add(this.getModelElement());
		housingCompletionEClass.getESuperTypes().add(this.getModelElement());
		gpPracticeEClass.getESuperTypes().add(this.getModelElement());
		strategyEClass.getESuperTypes().add(this.getModelElement());
		themeEClass.getESuperTypes().add(this.getModelElement());
		aimEClass.getESuperTypes().add(this.getModelElement());
		strategyActionEClass.getESuperTypes().add(this.getModelElement());
		effectEClass.getESuperTypes().add(this.getModelElement());
		indicatorEClass.getESuperTypes().add(this.getModelElement());
		measurementEClass.getESuperTypes().add(this.getModelElement());
		organisationEClass.getESuperTypes().add(this.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getModelElement_Provenance(), this.getProvenance(), null, "provenance", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getModelElement__WithinBounds__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "withinBounds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModelElement__YearsOrdered__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "yearsOrdered", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModelElement__ReferencesInProject__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "referencesInProject", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(provenanceEClass, Provenance.class, "Provenance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvenance_Source(), ecorePackage.getEString(), "source", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Note(), ecorePackage.getEString(), "note", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Illustrative(), ecorePackage.getEBoolean(), "illustrative", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projectEClass, Project.class, "Project", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProject_Name(), ecorePackage.getEString(), "name", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Description(), ecorePackage.getEString(), "description", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Areas(), this.getArea(), null, "areas", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Groups(), this.getPopulationGroup(), null, "groups", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_BasePopulation(), this.getBasePopulation(), null, "basePopulation", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Assumptions(), this.getAssumptions(), null, "assumptions", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Services(), this.getServices(), null, "services", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Strategy(), this.getStrategy(), null, "strategy", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(areaEClass, Area.class, "Area", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArea_Code(), ecorePackage.getEString(), "code", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArea_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArea_NameCy(), ecorePackage.getEString(), "nameCy", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArea_Kind(), this.getAreaKind(), "kind", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_SubAreas(), this.getArea(), null, "subAreas", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(populationGroupEClass, PopulationGroup.class, "PopulationGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPopulationGroup_Id(), ecorePackage.getEString(), "id", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationGroup_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationGroup_NameCy(), ecorePackage.getEString(), "nameCy", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationGroup_UkBorn(), ecorePackage.getEBoolean(), "ukBorn", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(basePopulationEClass, BasePopulation.class, "BasePopulation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBasePopulation_BaseYear(), ecorePackage.getEInt(), "baseYear", null, 0, 1, BasePopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasePopulation_TopAge(), ecorePackage.getEInt(), "topAge", "90", 0, 1, BasePopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasePopulation_Areas(), this.getArea(), null, "areas", null, 0, -1, BasePopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasePopulation_Groups(), this.getPopulationGroup(), null, "groups", null, 0, -1, BasePopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasePopulation_Values(), this.getDoubleArray(), "values", null, 0, 1, BasePopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getBasePopulation__ShapeMatches__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "shapeMatches", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(assumptionsEClass, Assumptions.class, "Assumptions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssumptions_Fertility(), this.getFertilityAssumption(), null, "fertility", null, 0, -1, Assumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumptions_Mortality(), this.getMortalityAssumption(), null, "mortality", null, 0, -1, Assumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumptions_Migration(), this.getMigrationFlow(), null, "migration", null, 0, -1, Assumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumptions_Schedules(), this.getMigrationSchedule(), null, "schedules", null, 0, -1, Assumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumptions_Transitions(), this.getGroupTransition(), null, "transitions", null, 0, -1, Assumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumptions_SpecialFlows(), this.getSpecialFlow(), null, "specialFlows", null, 0, -1, Assumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assumptionEClass, Assumption.class, "Assumption", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssumption_Id(), ecorePackage.getEString(), "id", null, 0, 1, Assumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumption_Area(), this.getArea(), null, "area", null, 0, 1, Assumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupAssumptionEClass, GroupAssumption.class, "GroupAssumption", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGroupAssumption_Group(), this.getPopulationGroup(), null, "group", null, 0, 1, GroupAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fertilityAssumptionEClass, FertilityAssumption.class, "FertilityAssumption", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFertilityAssumption_FirstAge(), ecorePackage.getEInt(), "firstAge", "15", 0, 1, FertilityAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ageSpecificFertilityEClass, AgeSpecificFertility.class, "AgeSpecificFertility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgeSpecificFertility_Rates(), this.getDoubleArray(), "rates", null, 0, 1, AgeSpecificFertility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(totalFertilityEClass, TotalFertility.class, "TotalFertility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTotalFertility_Tfr(), ecorePackage.getEDouble(), "tfr", null, 0, 1, TotalFertility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTotalFertility_Schedule(), this.getDoubleArray(), "schedule", null, 0, 1, TotalFertility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mortalityAssumptionEClass, MortalityAssumption.class, "MortalityAssumption", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(ageSpecificMortalityEClass, AgeSpecificMortality.class, "AgeSpecificMortality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgeSpecificMortality_Rates(), this.getDoubleArray(), "rates", null, 0, 1, AgeSpecificMortality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifeExpectancyMortalityEClass, LifeExpectancyMortality.class, "LifeExpectancyMortality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifeExpectancyMortality_MaleLifeExpectancy(), ecorePackage.getEDouble(), "maleLifeExpectancy", null, 0, 1, LifeExpectancyMortality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeExpectancyMortality_FemaleLifeExpectancy(), ecorePackage.getEDouble(), "femaleLifeExpectancy", null, 0, 1, LifeExpectancyMortality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeExpectancyMortality_StandardRates(), this.getDoubleArray(), "standardRates", null, 0, 1, LifeExpectancyMortality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(migrationFlowEClass, MigrationFlow.class, "MigrationFlow", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMigrationFlow_Kind(), this.getMigrationKind(), "kind", null, 0, 1, MigrationFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(migrationCountsEClass, MigrationCounts.class, "MigrationCounts", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMigrationCounts_Counts(), this.getDoubleArray(), "counts", null, 0, 1, MigrationCounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(migrationTotalEClass, MigrationTotal.class, "MigrationTotal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMigrationTotal_Total(), ecorePackage.getEDouble(), "total", null, 0, 1, MigrationTotal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMigrationTotal_Schedule(), this.getMigrationSchedule(), null, "schedule", null, 0, 1, MigrationTotal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(migrationRateEClass, MigrationRate.class, "MigrationRate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMigrationRate_Rates(), this.getDoubleArray(), "rates", null, 0, 1, MigrationRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(migrationScheduleEClass, MigrationSchedule.class, "MigrationSchedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMigrationSchedule_Id(), ecorePackage.getEString(), "id", null, 0, 1, MigrationSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigrationSchedule_Name(), ecorePackage.getEString(), "name", null, 0, 1, MigrationSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigrationSchedule_Shares(), this.getDoubleArray(), "shares", null, 0, 1, MigrationSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupTransitionEClass, GroupTransition.class, "GroupTransition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGroupTransition_From(), this.getPopulationGroup(), null, "from", null, 1, 1, GroupTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroupTransition_To(), this.getPopulationGroup(), null, "to", null, 1, 1, GroupTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupTransition_Share(), ecorePackage.getEDouble(), "share", null, 0, 1, GroupTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupTransition_SharesByAge(), this.getDoubleArray(), "sharesByAge", null, 0, 1, GroupTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(specialFlowEClass, SpecialFlow.class, "SpecialFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpecialFlow_Name(), ecorePackage.getEString(), "name", null, 0, 1, SpecialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecialFlow_PerYear(), ecorePackage.getEDouble(), "perYear", null, 0, 1, SpecialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecialFlow_FromYear(), ecorePackage.getEInt(), "fromYear", null, 0, 1, SpecialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecialFlow_ToYear(), ecorePackage.getEInt(), "toYear", null, 0, 1, SpecialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecialFlow_Profile(), this.getMigrationSchedule(), null, "profile", null, 0, 1, SpecialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Id(), ecorePackage.getEString(), "id", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Parent(), this.getScenario(), null, "parent", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_BaseYear(), ecorePackage.getEInt(), "baseYear", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_EndYear(), ecorePackage.getEInt(), "endYear", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Overrides(), this.getScenarioOverride(), null, "overrides", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_EnabledActions(), this.getStrategyAction(), null, "enabledActions", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_DisabledActions(), this.getStrategyAction(), null, "disabledActions", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getScenario__ParentsAcyclic__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "parentsAcyclic", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(scenarioOverrideEClass, ScenarioOverride.class, "ScenarioOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScenarioOverride_Target(), this.getAssumption(), null, "target", null, 1, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_FromYear(), ecorePackage.getEInt(), "fromYear", null, 0, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_Mode(), this.getOverrideMode(), "mode", null, 0, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(servicesEClass, Services.class, "Services", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getServices_SchoolEstates(), this.getSchoolEstate(), null, "schoolEstates", null, 0, -1, Services.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServices_EsolProviders(), this.getEsolProvider(), null, "esolProviders", null, 0, -1, Services.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServices_EsolNeeds(), this.getEsolNeed(), null, "esolNeeds", null, 0, -1, Services.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServices_HousingStocks(), this.getHousingStock(), null, "housingStocks", null, 0, -1, Services.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServices_GpPractices(), this.getGpPractice(), null, "gpPractices", null, 0, -1, Services.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServices_Assumptions(), this.getServiceAssumptions(), null, "assumptions", null, 0, 1, Services.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceAssumptionsEClass, ServiceAssumptions.class, "ServiceAssumptions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceAssumptions_ParticipationRate(), ecorePackage.getEDouble(), "participationRate", "1", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_NonUkBornEalShare(), ecorePackage.getEDouble(), "nonUkBornEalShare", "0.27", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_UkBornEalShare(), ecorePackage.getEDouble(), "ukBornEalShare", "0", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_SurplusFlagPercent(), ecorePackage.getEDouble(), "surplusFlagPercent", "10", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_NonUkBornLimitedEnglishShare(), ecorePackage.getEDouble(), "nonUkBornLimitedEnglishShare", "0.27", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_UkBornLimitedEnglishShare(), ecorePackage.getEDouble(), "ukBornLimitedEnglishShare", "0", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_EsolUptakeRate(), ecorePackage.getEDouble(), "esolUptakeRate", "0.1", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_EsolWaitingListDropOut(), ecorePackage.getEDouble(), "esolWaitingListDropOut", "0.25", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_EsolGuidedHoursPerLearner(), ecorePackage.getEDouble(), "esolGuidedHoursPerLearner", "120", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_EsolCostPerGuidedHour(), ecorePackage.getEDouble(), "esolCostPerGuidedHour", "10", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_InstitutionalRate(), ecorePackage.getEDouble(), "institutionalRate", "0", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_HeadshipRateAdult(), ecorePackage.getEDouble(), "headshipRateAdult", "0.5", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_VacancyRate(), ecorePackage.getEDouble(), "vacancyRate", "0.03", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_SecondHomesRate(), ecorePackage.getEDouble(), "secondHomesRate", "0.01", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_NonUkBornRentingShare(), ecorePackage.getEDouble(), "nonUkBornRentingShare", "0.519", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_UkBornRentingShare(), ecorePackage.getEDouble(), "ukBornRentingShare", "0.296", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_CrowdingIndexThreshold(), ecorePackage.getEDouble(), "crowdingIndexThreshold", "1.05", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceAssumptions_GpRegistrationRate(), ecorePackage.getEDouble(), "gpRegistrationRate", "1", 0, 1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceAssumptions_FigureSources(), this.getFigureSource(), null, "figureSources", null, 0, -1, ServiceAssumptions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getServiceAssumptions__FigureSourcesNameFigures__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "figureSourcesNameFigures", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(figureSourceEClass, FigureSource.class, "FigureSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFigureSource_Figure(), ecorePackage.getEString(), "figure", null, 0, 1, FigureSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFigureSource_Source(), ecorePackage.getEString(), "source", null, 0, 1, FigureSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFigureSource_Note(), ecorePackage.getEString(), "note", null, 0, 1, FigureSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFigureSource_LocalFigureNeeded(), ecorePackage.getEBoolean(), "localFigureNeeded", null, 0, 1, FigureSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(schoolEstateEClass, SchoolEstate.class, "SchoolEstate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchoolEstate_Name(), ecorePackage.getEString(), "name", null, 0, 1, SchoolEstate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchoolEstate_Area(), this.getArea(), null, "area", null, 0, 1, SchoolEstate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchoolEstate_EalShare(), ecorePackage.getEDouble(), "ealShare", null, 0, 1, SchoolEstate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchoolEstate_Units(), this.getSchoolUnit(), null, "units", null, 0, -1, SchoolEstate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(schoolUnitEClass, SchoolUnit.class, "SchoolUnit", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchoolUnit_Code(), ecorePackage.getEString(), "code", null, 0, 1, SchoolUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchoolUnit_Name(), ecorePackage.getEString(), "name", null, 0, 1, SchoolUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchoolUnit_Phase(), this.getSchoolPhase(), "phase", null, 0, 1, SchoolUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchoolUnit_Capacities(), this.getSchoolCapacity(), null, "capacities", null, 0, -1, SchoolUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(schoolEClass, School.class, "School", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchool_WelshMedium(), ecorePackage.getEBoolean(), "welshMedium", null, 0, 1, School.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planningAreaEClass, PlanningArea.class, "PlanningArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanningArea_Area(), this.getArea(), null, "area", null, 0, 1, PlanningArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(schoolCapacityEClass, SchoolCapacity.class, "SchoolCapacity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchoolCapacity_YearGroup(), this.getYearGroup(), "yearGroup", null, 0, 1, SchoolCapacity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchoolCapacity_FromYear(), ecorePackage.getEInt(), "fromYear", null, 0, 1, SchoolCapacity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchoolCapacity_Places(), ecorePackage.getEInt(), "places", null, 0, 1, SchoolCapacity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(esolProviderEClass, EsolProvider.class, "EsolProvider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEsolProvider_Name(), ecorePackage.getEString(), "name", null, 0, 1, EsolProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEsolProvider_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, EsolProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEsolProvider_Area(), this.getArea(), null, "area", null, 0, 1, EsolProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEsolProvider_Places(), ecorePackage.getEInt(), "places", null, 0, 1, EsolProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEsolProvider_GuidedHours(), ecorePackage.getEDouble(), "guidedHours", null, 0, 1, EsolProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEsolProvider_CostPerHour(), ecorePackage.getEDouble(), "costPerHour", null, 0, 1, EsolProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(esolNeedEClass, EsolNeed.class, "EsolNeed", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEsolNeed_Group(), this.getPopulationGroup(), null, "group", null, 0, 1, EsolNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEsolNeed_Area(), this.getArea(), null, "area", null, 0, 1, EsolNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEsolNeed_LackingEnglish(), ecorePackage.getEDouble(), "lackingEnglish", null, 0, 1, EsolNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEsolNeed_Uptake(), ecorePackage.getEDouble(), "uptake", null, 0, 1, EsolNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(housingStockEClass, HousingStock.class, "HousingStock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHousingStock_Area(), this.getArea(), null, "area", null, 0, 1, HousingStock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousingStock_Dwellings(), ecorePackage.getEInt(), "dwellings", null, 0, 1, HousingStock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousingStock_Pipeline(), this.getHousingCompletion(), null, "pipeline", null, 0, -1, HousingStock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(housingCompletionEClass, HousingCompletion.class, "HousingCompletion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHousingCompletion_Year(), ecorePackage.getEInt(), "year", null, 0, 1, HousingCompletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousingCompletion_Dwellings(), ecorePackage.getEInt(), "dwellings", null, 0, 1, HousingCompletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gpPracticeEClass, GpPractice.class, "GpPractice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGpPractice_Code(), ecorePackage.getEString(), "code", null, 0, 1, GpPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpPractice_Name(), ecorePackage.getEString(), "name", null, 0, 1, GpPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGpPractice_Area(), this.getArea(), null, "area", null, 0, 1, GpPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpPractice_ListCapacity(), ecorePackage.getEInt(), "listCapacity", null, 0, 1, GpPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpPractice_Registered(), ecorePackage.getEInt(), "registered", null, 0, 1, GpPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyEClass, Strategy.class, "Strategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategy_Name(), ecorePackage.getEString(), "name", null, 0, 1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Themes(), this.getTheme(), null, "themes", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(themeEClass, Theme.class, "Theme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTheme_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Theme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTheme_NameCy(), ecorePackage.getEString(), "nameCy", null, 0, 1, Theme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTheme_Domain(), this.getIntegrationDomain(), "domain", null, 0, 1, Theme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTheme_Aims(), this.getAim(), null, "aims", null, 0, -1, Theme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aimEClass, Aim.class, "Aim", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAim_Text(), ecorePackage.getEString(), "text", null, 0, 1, Aim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAim_Actions(), this.getStrategyAction(), null, "actions", null, 0, -1, Aim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyActionEClass, StrategyAction.class, "StrategyAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategyAction_Id(), ecorePackage.getEString(), "id", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyAction_Title(), ecorePackage.getEString(), "title", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyAction_Lead(), this.getOrganisation(), null, "lead", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyAction_Partners(), this.getOrganisation(), null, "partners", null, 0, -1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyAction_StartYear(), ecorePackage.getEInt(), "startYear", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyAction_EndYear(), ecorePackage.getEInt(), "endYear", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyAction_Cost(), ecorePackage.getEDouble(), "cost", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyAction_Status(), this.getRagStatus(), "status", null, 0, 1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyAction_Effects(), this.getEffect(), null, "effects", null, 0, -1, StrategyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(effectEClass, Effect.class, "Effect", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEffect_Target(), this.getEffectTarget(), "target", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffect_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffect_FromYear(), ecorePackage.getEInt(), "fromYear", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffect_ToYear(), ecorePackage.getEInt(), "toYear", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEffect_EsolProvider(), this.getEsolProvider(), null, "esolProvider", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEffect_School(), this.getSchoolUnit(), null, "school", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffect_YearGroup(), this.getYearGroup(), "yearGroup", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEffect_EsolNeed(), this.getEsolNeed(), null, "esolNeed", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEffect_Assumption(), this.getAssumption(), null, "assumption", null, 0, 1, Effect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getEffect__SubjectMatchesTarget__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "subjectMatchesTarget", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Id(), ecorePackage.getEString(), "id", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Domain(), this.getIntegrationDomain(), "domain", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Wording(), ecorePackage.getEString(), "wording", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_WellBeingIndicator(), ecorePackage.getEIntegerObject(), "wellBeingIndicator", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_DataForMigrants(), ecorePackage.getEBoolean(), "dataForMigrants", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_DataForUkBorn(), ecorePackage.getEBoolean(), "dataForUkBorn", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Measurements(), this.getMeasurement(), null, "measurements", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementEClass, Measurement.class, "Measurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurement_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasurement_Area(), this.getArea(), null, "area", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Migrants(), ecorePackage.getEDoubleObject(), "migrants", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_UkBorn(), ecorePackage.getEDoubleObject(), "ukBorn", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Baseline(), ecorePackage.getEDoubleObject(), "baseline", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Id(), ecorePackage.getEString(), "id", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Kind(), this.getOrganisationKind(), "kind", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(areaKindEEnum, AreaKind.class, "AreaKind");
		addEEnumLiteral(areaKindEEnum, AreaKind.LOCAL_AUTHORITY);
		addEEnumLiteral(areaKindEEnum, AreaKind.PLANNING_AREA);
		addEEnumLiteral(areaKindEEnum, AreaKind.WARD);
		addEEnumLiteral(areaKindEEnum, AreaKind.OTHER);

		initEEnum(migrationKindEEnum, MigrationKind.class, "MigrationKind");
		addEEnumLiteral(migrationKindEEnum, MigrationKind.INTERNAL_IN);
		addEEnumLiteral(migrationKindEEnum, MigrationKind.INTERNAL_OUT);
		addEEnumLiteral(migrationKindEEnum, MigrationKind.INTERNATIONAL_IN);
		addEEnumLiteral(migrationKindEEnum, MigrationKind.INTERNATIONAL_OUT);

		initEEnum(overrideModeEEnum, OverrideMode.class, "OverrideMode");
		addEEnumLiteral(overrideModeEEnum, OverrideMode.MULTIPLIER);
		addEEnumLiteral(overrideModeEEnum, OverrideMode.ABSOLUTE);
		addEEnumLiteral(overrideModeEEnum, OverrideMode.ADDED_FLOW);

		initEEnum(schoolPhaseEEnum, SchoolPhase.class, "SchoolPhase");
		addEEnumLiteral(schoolPhaseEEnum, SchoolPhase.NURSERY);
		addEEnumLiteral(schoolPhaseEEnum, SchoolPhase.PRIMARY);
		addEEnumLiteral(schoolPhaseEEnum, SchoolPhase.SECONDARY);
		addEEnumLiteral(schoolPhaseEEnum, SchoolPhase.ALL_THROUGH);
		addEEnumLiteral(schoolPhaseEEnum, SchoolPhase.SPECIAL);

		initEEnum(yearGroupEEnum, YearGroup.class, "YearGroup");
		addEEnumLiteral(yearGroupEEnum, YearGroup.NURSERY);
		addEEnumLiteral(yearGroupEEnum, YearGroup.RECEPTION);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR1);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR2);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR3);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR4);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR5);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR6);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR7);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR8);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR9);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR10);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR11);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR12);
		addEEnumLiteral(yearGroupEEnum, YearGroup.YEAR13);

		initEEnum(integrationDomainEEnum, IntegrationDomain.class, "IntegrationDomain");
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.WORK);
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.HOUSING);
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.HEALTH_AND_SOCIAL_CARE);
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.SOCIAL_CONNECTIONS);
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.EDUCATION_AND_SKILLS);
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.SAFETY_AND_STABILITY);
		addEEnumLiteral(integrationDomainEEnum, IntegrationDomain.RIGHTS_AND_RESPONSIBILITIES);

		initEEnum(ragStatusEEnum, RagStatus.class, "RagStatus");
		addEEnumLiteral(ragStatusEEnum, RagStatus.RED);
		addEEnumLiteral(ragStatusEEnum, RagStatus.AMBER);
		addEEnumLiteral(ragStatusEEnum, RagStatus.GREEN);

		initEEnum(effectTargetEEnum, EffectTarget.class, "EffectTarget");
		addEEnumLiteral(effectTargetEEnum, EffectTarget.ESOL_PLACES);
		addEEnumLiteral(effectTargetEEnum, EffectTarget.SCHOOL_PLACES);
		addEEnumLiteral(effectTargetEEnum, EffectTarget.RATE);
		addEEnumLiteral(effectTargetEEnum, EffectTarget.FLOW);

		initEEnum(organisationKindEEnum, OrganisationKind.class, "OrganisationKind");
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.LOCAL_AUTHORITY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.HEALTH_BOARD);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.POLICE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.FIRE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.THIRD_SECTOR);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.EDUCATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.OTHER);

		// Initialize data types
		initEDataType(doubleArrayEDataType, double[].class, "DoubleArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://croeso.cymru/model/bounds
		createBoundsAnnotations();
		// http://croeso.cymru/model/years
		createYearsAnnotations();
		// http://croeso.cymru/model/figure
		createFigureAnnotations();
		// http://croeso.cymru/model/openEnd
		createOpenEndAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://croeso.cymru/model/bounds</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createBoundsAnnotations() {
		String source = "http://croeso.cymru/model/bounds";
		addAnnotation
		  (getBasePopulation_Values(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getAgeSpecificFertility_Rates(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getTotalFertility_Tfr(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "10"
		   });
		addAnnotation
		  (getTotalFertility_Schedule(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getAgeSpecificMortality_Rates(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getLifeExpectancyMortality_MaleLifeExpectancy(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "130"
		   });
		addAnnotation
		  (getLifeExpectancyMortality_FemaleLifeExpectancy(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "130"
		   });
		addAnnotation
		  (getLifeExpectancyMortality_StandardRates(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getMigrationCounts_Counts(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getMigrationTotal_Total(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getMigrationRate_Rates(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getMigrationSchedule_Shares(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getGroupTransition_Share(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getGroupTransition_SharesByAge(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getSpecialFlow_PerYear(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getServiceAssumptions_ParticipationRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_NonUkBornEalShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_UkBornEalShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_SurplusFlagPercent(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "100"
		   });
		addAnnotation
		  (getServiceAssumptions_NonUkBornLimitedEnglishShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_UkBornLimitedEnglishShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolUptakeRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolWaitingListDropOut(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolGuidedHoursPerLearner(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolCostPerGuidedHour(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getServiceAssumptions_InstitutionalRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_HeadshipRateAdult(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_VacancyRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_SecondHomesRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_NonUkBornRentingShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_UkBornRentingShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getServiceAssumptions_CrowdingIndexThreshold(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getServiceAssumptions_GpRegistrationRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getSchoolEstate_EalShare(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getSchoolCapacity_Places(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getEsolProvider_Places(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getEsolProvider_GuidedHours(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getEsolProvider_CostPerHour(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getEsolNeed_LackingEnglish(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getEsolNeed_Uptake(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getHousingStock_Dwellings(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getHousingCompletion_Dwellings(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getGpPractice_ListCapacity(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getGpPractice_Registered(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getStrategyAction_Cost(),
		   source,
		   new String[] {
			   "min", "0"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://croeso.cymru/model/years</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createYearsAnnotations() {
		String source = "http://croeso.cymru/model/years";
		addAnnotation
		  (specialFlowEClass,
		   source,
		   new String[] {
			   "fromYear", "toYear"
		   });
		addAnnotation
		  (scenarioEClass,
		   source,
		   new String[] {
			   "baseYear", "endYear"
		   });
		addAnnotation
		  (strategyActionEClass,
		   source,
		   new String[] {
			   "startYear", "endYear"
		   });
		addAnnotation
		  (effectEClass,
		   source,
		   new String[] {
			   "fromYear", "toYear"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://croeso.cymru/model/figure</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFigureAnnotations() {
		String source = "http://croeso.cymru/model/figure";
		addAnnotation
		  (getServiceAssumptions_ParticipationRate(),
		   source,
		   new String[] {
			   "source", "Compulsory school age 5 to 16 and free part-time early education from age 3; an upper bound",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_NonUkBornEalShare(),
		   source,
		   new String[] {
			   "source", "2011 Census, via Spencer and Sanders, Developing a Strategic Approach to Integration in Wales (COMPAS / Welsh Refugee Council, 2016)"
		   });
		addAnnotation
		  (getServiceAssumptions_UkBornEalShare(),
		   source,
		   new String[] {
			   "source", "None published; assumed 0",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_SurplusFlagPercent(),
		   source,
		   new String[] {
			   "source", "Welsh Government guidance on surplus school places"
		   });
		addAnnotation
		  (getServiceAssumptions_NonUkBornLimitedEnglishShare(),
		   source,
		   new String[] {
			   "source", "2011 Census, via Spencer and Sanders, Developing a Strategic Approach to Integration in Wales (COMPAS / Welsh Refugee Council, 2016)"
		   });
		addAnnotation
		  (getServiceAssumptions_UkBornLimitedEnglishShare(),
		   source,
		   new String[] {
			   "source", "None published; assumed negligible"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolUptakeRate(),
		   source,
		   new String[] {
			   "source", "None published; illustrative",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolWaitingListDropOut(),
		   source,
		   new String[] {
			   "source", "None published; illustrative",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolGuidedHoursPerLearner(),
		   source,
		   new String[] {
			   "source", "None published; illustrative",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_EsolCostPerGuidedHour(),
		   source,
		   new String[] {
			   "source", "None published; illustrative",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_InstitutionalRate(),
		   source,
		   new String[] {
			   "source", "None in the sources; the 2011 Census communal-establishment tables give local rates",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_HeadshipRateAdult(),
		   source,
		   new String[] {
			   "source", "A shape only, calibrated to the Welsh Government 2014-based household projections"
		   });
		addAnnotation
		  (getServiceAssumptions_VacancyRate(),
		   source,
		   new String[] {
			   "source", "None published; illustrative",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_SecondHomesRate(),
		   source,
		   new String[] {
			   "source", "None published; illustrative",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_NonUkBornRentingShare(),
		   source,
		   new String[] {
			   "source", "Migration in Wales: Developing Local Strategic Frameworks on Integration (Welsh Government / COMPAS conference report, 2016), citing the Migration Observatory"
		   });
		addAnnotation
		  (getServiceAssumptions_UkBornRentingShare(),
		   source,
		   new String[] {
			   "source", "Migration in Wales: Developing Local Strategic Frameworks on Integration (Welsh Government / COMPAS conference report, 2016), citing the Migration Observatory"
		   });
		addAnnotation
		  (getServiceAssumptions_CrowdingIndexThreshold(),
		   source,
		   new String[] {
			   "source", "Croeso\'s own indicator; none published",
			   "localFigureNeeded", "true"
		   });
		addAnnotation
		  (getServiceAssumptions_GpRegistrationRate(),
		   source,
		   new String[] {
			   "source", "None published: the Migrant Integration Framework (Welsh Government, 2023) records no GP registration data for migrants",
			   "localFigureNeeded", "true"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://croeso.cymru/model/openEnd</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createOpenEndAnnotations() {
		String source = "http://croeso.cymru/model/openEnd";
		addAnnotation
		  (getEffect_ToYear(),
		   source,
		   new String[] {
		   });
	}

} //CroesoPackageImpl
