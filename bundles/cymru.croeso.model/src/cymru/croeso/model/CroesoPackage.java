/**
 */
package cymru.croeso.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Croeso planning model: areas, population groups, assumptions, scenarios, services and strategy. Every array indexed by sex holds males first, then females (PopulationCube.MALE = 0); the engine orders females first, and cymru.croeso.core.scenario.SexOrder is the one place that converts.
 * <!-- end-model-doc -->
 * @see cymru.croeso.model.CroesoFactory
 * @model kind="package"
 * @generated
 */
public interface CroesoPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://croeso.cymru/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "croeso";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CroesoPackage eINSTANCE = cymru.croeso.model.impl.CroesoPackageImpl.init();

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ModelElementImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__PROVENANCE = 0;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ProvenanceImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__NOTE = 1;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ILLUSTRATIVE = 2;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ProjectImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 2;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__FORMAT_VERSION = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__AREAS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Base Population</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BASE_POPULATION = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ASSUMPTIONS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SCENARIOS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SERVICES = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STRATEGY = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ORGANISATIONS = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.AreaImpl <em>Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.AreaImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getArea()
	 * @generated
	 */
	int AREA = 3;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__CODE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME_EN = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME_CY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__KIND = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sub Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__SUB_AREAS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.PopulationGroupImpl <em>Population Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.PopulationGroupImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getPopulationGroup()
	 * @generated
	 */
	int POPULATION_GROUP = 4;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__NAME_EN = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__NAME_CY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Uk Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__UK_BORN = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Population Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Population Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.BasePopulationImpl <em>Base Population</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.BasePopulationImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getBasePopulation()
	 * @generated
	 */
	int BASE_POPULATION = 5;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION__BASE_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Top Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION__TOP_AGE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION__AREAS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION__GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION__VALUES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Base Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Shape Matches</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION___SHAPE_MATCHES__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Base Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_POPULATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.AssumptionsImpl <em>Assumptions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.AssumptionsImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAssumptions()
	 * @generated
	 */
	int ASSUMPTIONS = 6;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Fertility</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__FERTILITY = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mortality</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__MORTALITY = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Migration</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__MIGRATION = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Schedules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__SCHEDULES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__TRANSITIONS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Special Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS__SPECIAL_FLOWS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assumptions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Assumptions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTIONS_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.AssumptionImpl <em>Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.AssumptionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAssumption()
	 * @generated
	 */
	int ASSUMPTION = 7;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__AREA = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.GroupAssumptionImpl <em>Group Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.GroupAssumptionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getGroupAssumption()
	 * @generated
	 */
	int GROUP_ASSUMPTION = 8;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION__PROVENANCE = ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION__ID = ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION__AREA = ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION__GROUP = ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Group Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION_FEATURE_COUNT = ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Group Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ASSUMPTION_OPERATION_COUNT = ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.FertilityAssumptionImpl <em>Fertility Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.FertilityAssumptionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getFertilityAssumption()
	 * @generated
	 */
	int FERTILITY_ASSUMPTION = 9;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION__PROVENANCE = GROUP_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION__ID = GROUP_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION__AREA = GROUP_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION__GROUP = GROUP_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>First Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION__FIRST_AGE = GROUP_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fertility Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION_FEATURE_COUNT = GROUP_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Fertility Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FERTILITY_ASSUMPTION_OPERATION_COUNT = GROUP_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.AgeSpecificFertilityImpl <em>Age Specific Fertility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.AgeSpecificFertilityImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAgeSpecificFertility()
	 * @generated
	 */
	int AGE_SPECIFIC_FERTILITY = 10;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY__PROVENANCE = FERTILITY_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY__ID = FERTILITY_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY__AREA = FERTILITY_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY__GROUP = FERTILITY_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>First Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY__FIRST_AGE = FERTILITY_ASSUMPTION__FIRST_AGE;

	/**
	 * The feature id for the '<em><b>Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY__RATES = FERTILITY_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Age Specific Fertility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY_FEATURE_COUNT = FERTILITY_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = FERTILITY_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = FERTILITY_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = FERTILITY_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Age Specific Fertility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_FERTILITY_OPERATION_COUNT = FERTILITY_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.TotalFertilityImpl <em>Total Fertility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.TotalFertilityImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getTotalFertility()
	 * @generated
	 */
	int TOTAL_FERTILITY = 11;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__PROVENANCE = FERTILITY_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__ID = FERTILITY_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__AREA = FERTILITY_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__GROUP = FERTILITY_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>First Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__FIRST_AGE = FERTILITY_ASSUMPTION__FIRST_AGE;

	/**
	 * The feature id for the '<em><b>Tfr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__TFR = FERTILITY_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY__SCHEDULE = FERTILITY_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Total Fertility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY_FEATURE_COUNT = FERTILITY_ASSUMPTION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = FERTILITY_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = FERTILITY_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = FERTILITY_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Total Fertility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOTAL_FERTILITY_OPERATION_COUNT = FERTILITY_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MortalityAssumptionImpl <em>Mortality Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MortalityAssumptionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMortalityAssumption()
	 * @generated
	 */
	int MORTALITY_ASSUMPTION = 12;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION__PROVENANCE = GROUP_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION__ID = GROUP_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION__AREA = GROUP_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION__GROUP = GROUP_ASSUMPTION__GROUP;

	/**
	 * The number of structural features of the '<em>Mortality Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION_FEATURE_COUNT = GROUP_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Mortality Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MORTALITY_ASSUMPTION_OPERATION_COUNT = GROUP_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.AgeSpecificMortalityImpl <em>Age Specific Mortality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.AgeSpecificMortalityImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAgeSpecificMortality()
	 * @generated
	 */
	int AGE_SPECIFIC_MORTALITY = 13;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY__PROVENANCE = MORTALITY_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY__ID = MORTALITY_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY__AREA = MORTALITY_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY__GROUP = MORTALITY_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY__RATES = MORTALITY_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Age Specific Mortality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY_FEATURE_COUNT = MORTALITY_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MORTALITY_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MORTALITY_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MORTALITY_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Age Specific Mortality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_SPECIFIC_MORTALITY_OPERATION_COUNT = MORTALITY_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.LifeExpectancyMortalityImpl <em>Life Expectancy Mortality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.LifeExpectancyMortalityImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getLifeExpectancyMortality()
	 * @generated
	 */
	int LIFE_EXPECTANCY_MORTALITY = 14;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__PROVENANCE = MORTALITY_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__ID = MORTALITY_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__AREA = MORTALITY_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__GROUP = MORTALITY_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>Male Life Expectancy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY = MORTALITY_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Female Life Expectancy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY = MORTALITY_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Standard Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES = MORTALITY_ASSUMPTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Life Expectancy Mortality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY_FEATURE_COUNT = MORTALITY_ASSUMPTION_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MORTALITY_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MORTALITY_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MORTALITY_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Life Expectancy Mortality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EXPECTANCY_MORTALITY_OPERATION_COUNT = MORTALITY_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MigrationFlowImpl <em>Migration Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MigrationFlowImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationFlow()
	 * @generated
	 */
	int MIGRATION_FLOW = 15;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW__PROVENANCE = GROUP_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW__ID = GROUP_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW__AREA = GROUP_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW__GROUP = GROUP_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW__KIND = GROUP_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Migration Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW_FEATURE_COUNT = GROUP_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Migration Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FLOW_OPERATION_COUNT = GROUP_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MigrationCountsImpl <em>Migration Counts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MigrationCountsImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationCounts()
	 * @generated
	 */
	int MIGRATION_COUNTS = 16;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS__PROVENANCE = MIGRATION_FLOW__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS__ID = MIGRATION_FLOW__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS__AREA = MIGRATION_FLOW__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS__GROUP = MIGRATION_FLOW__GROUP;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS__KIND = MIGRATION_FLOW__KIND;

	/**
	 * The feature id for the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS__COUNTS = MIGRATION_FLOW_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Migration Counts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS_FEATURE_COUNT = MIGRATION_FLOW_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Migration Counts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_COUNTS_OPERATION_COUNT = MIGRATION_FLOW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MigrationTotalImpl <em>Migration Total</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MigrationTotalImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationTotal()
	 * @generated
	 */
	int MIGRATION_TOTAL = 17;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__PROVENANCE = MIGRATION_FLOW__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__ID = MIGRATION_FLOW__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__AREA = MIGRATION_FLOW__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__GROUP = MIGRATION_FLOW__GROUP;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__KIND = MIGRATION_FLOW__KIND;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__TOTAL = MIGRATION_FLOW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL__SCHEDULE = MIGRATION_FLOW_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Migration Total</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL_FEATURE_COUNT = MIGRATION_FLOW_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Migration Total</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_TOTAL_OPERATION_COUNT = MIGRATION_FLOW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MigrationRateImpl <em>Migration Rate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MigrationRateImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationRate()
	 * @generated
	 */
	int MIGRATION_RATE = 18;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE__PROVENANCE = MIGRATION_FLOW__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE__ID = MIGRATION_FLOW__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE__AREA = MIGRATION_FLOW__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE__GROUP = MIGRATION_FLOW__GROUP;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE__KIND = MIGRATION_FLOW__KIND;

	/**
	 * The feature id for the '<em><b>Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE__RATES = MIGRATION_FLOW_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Migration Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE_FEATURE_COUNT = MIGRATION_FLOW_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MIGRATION_FLOW___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Migration Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_RATE_OPERATION_COUNT = MIGRATION_FLOW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MigrationScheduleImpl <em>Migration Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MigrationScheduleImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationSchedule()
	 * @generated
	 */
	int MIGRATION_SCHEDULE = 19;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Shares</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE__SHARES = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Migration Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Migration Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SCHEDULE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.GroupTransitionImpl <em>Group Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.GroupTransitionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getGroupTransition()
	 * @generated
	 */
	int GROUP_TRANSITION = 20;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__PROVENANCE = ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__ID = ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__AREA = ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__FROM = ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__TO = ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__SHARE = ASSUMPTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Shares By Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION__SHARES_BY_AGE = ASSUMPTION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Group Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION_FEATURE_COUNT = ASSUMPTION_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Group Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_TRANSITION_OPERATION_COUNT = ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.SpecialFlowImpl <em>Special Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.SpecialFlowImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSpecialFlow()
	 * @generated
	 */
	int SPECIAL_FLOW = 21;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__PROVENANCE = GROUP_ASSUMPTION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__ID = GROUP_ASSUMPTION__ID;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__AREA = GROUP_ASSUMPTION__AREA;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__GROUP = GROUP_ASSUMPTION__GROUP;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__NAME = GROUP_ASSUMPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__PER_YEAR = GROUP_ASSUMPTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__FROM_YEAR = GROUP_ASSUMPTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__TO_YEAR = GROUP_ASSUMPTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW__PROFILE = GROUP_ASSUMPTION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Special Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW_FEATURE_COUNT = GROUP_ASSUMPTION_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = GROUP_ASSUMPTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Special Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIAL_FLOW_OPERATION_COUNT = GROUP_ASSUMPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ScenarioImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 22;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PARENT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BASE_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__END_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OVERRIDES = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Enabled Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ENABLED_ACTIONS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Disabled Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DISABLED_ACTIONS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Parents Acyclic</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___PARENTS_ACYCLIC__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ScenarioOverrideImpl <em>Scenario Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ScenarioOverrideImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getScenarioOverride()
	 * @generated
	 */
	int SCENARIO_OVERRIDE = 23;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__FROM_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__MODE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__VALUE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scenario Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Scenario Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ServicesImpl <em>Services</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ServicesImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getServices()
	 * @generated
	 */
	int SERVICES = 24;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>School Estates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__SCHOOL_ESTATES = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Esol Providers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__ESOL_PROVIDERS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Esol Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__ESOL_NEEDS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Housing Stocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__HOUSING_STOCKS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Gp Practices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__GP_PRACTICES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES__ASSUMPTIONS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Services</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Services</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICES_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ServiceAssumptionsImpl <em>Service Assumptions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ServiceAssumptionsImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getServiceAssumptions()
	 * @generated
	 */
	int SERVICE_ASSUMPTIONS = 25;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Participation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__PARTICIPATION_RATE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Non Uk Born Eal Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Uk Born Eal Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Surplus Flag Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Non Uk Born Limited English Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Uk Born Limited English Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Esol Uptake Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Esol Waiting List Drop Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Esol Guided Hours Per Learner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Esol Cost Per Guided Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Institutional Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Headship Rate Adult</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Vacancy Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__VACANCY_RATE = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Second Homes Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Non Uk Born Renting Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Uk Born Renting Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Crowding Index Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Gp Registration Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE = MODEL_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Figure Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS__FIGURE_SOURCES = MODEL_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Service Assumptions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Figure Sources Name Figures</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS___FIGURE_SOURCES_NAME_FIGURES__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Service Assumptions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ASSUMPTIONS_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.FigureSourceImpl <em>Figure Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.FigureSourceImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getFigureSource()
	 * @generated
	 */
	int FIGURE_SOURCE = 26;

	/**
	 * The feature id for the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_SOURCE__FIGURE = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_SOURCE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_SOURCE__NOTE = 2;

	/**
	 * The feature id for the '<em><b>Local Figure Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_SOURCE__LOCAL_FIGURE_NEEDED = 3;

	/**
	 * The number of structural features of the '<em>Figure Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_SOURCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Figure Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.SchoolEstateImpl <em>School Estate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.SchoolEstateImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolEstate()
	 * @generated
	 */
	int SCHOOL_ESTATE = 27;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE__AREA = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Eal Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE__EAL_SHARE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE__UNITS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>School Estate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>School Estate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_ESTATE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.SchoolUnitImpl <em>School Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.SchoolUnitImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolUnit()
	 * @generated
	 */
	int SCHOOL_UNIT = 28;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT__CODE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT__PHASE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Capacities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT__CAPACITIES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>School Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>School Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_UNIT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.SchoolImpl <em>School</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.SchoolImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchool()
	 * @generated
	 */
	int SCHOOL = 29;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__PROVENANCE = SCHOOL_UNIT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__CODE = SCHOOL_UNIT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__NAME = SCHOOL_UNIT__NAME;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__PHASE = SCHOOL_UNIT__PHASE;

	/**
	 * The feature id for the '<em><b>Capacities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__CAPACITIES = SCHOOL_UNIT__CAPACITIES;

	/**
	 * The feature id for the '<em><b>Welsh Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__WELSH_MEDIUM = SCHOOL_UNIT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>School</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_FEATURE_COUNT = SCHOOL_UNIT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = SCHOOL_UNIT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = SCHOOL_UNIT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = SCHOOL_UNIT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>School</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_OPERATION_COUNT = SCHOOL_UNIT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.PlanningAreaImpl <em>Planning Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.PlanningAreaImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getPlanningArea()
	 * @generated
	 */
	int PLANNING_AREA = 30;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA__PROVENANCE = SCHOOL_UNIT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA__CODE = SCHOOL_UNIT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA__NAME = SCHOOL_UNIT__NAME;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA__PHASE = SCHOOL_UNIT__PHASE;

	/**
	 * The feature id for the '<em><b>Capacities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA__CAPACITIES = SCHOOL_UNIT__CAPACITIES;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA__AREA = SCHOOL_UNIT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Planning Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA_FEATURE_COUNT = SCHOOL_UNIT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = SCHOOL_UNIT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = SCHOOL_UNIT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = SCHOOL_UNIT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Planning Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_AREA_OPERATION_COUNT = SCHOOL_UNIT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.SchoolCapacityImpl <em>School Capacity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.SchoolCapacityImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolCapacity()
	 * @generated
	 */
	int SCHOOL_CAPACITY = 31;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Year Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY__YEAR_GROUP = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY__FROM_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY__PLACES = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>School Capacity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>School Capacity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_CAPACITY_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.EsolProviderImpl <em>Esol Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.EsolProviderImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEsolProvider()
	 * @generated
	 */
	int ESOL_PROVIDER = 32;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__ORGANISATION = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__AREA = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__PLACES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Guided Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__GUIDED_HOURS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cost Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER__COST_PER_HOUR = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Esol Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Esol Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_PROVIDER_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.EsolNeedImpl <em>Esol Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.EsolNeedImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEsolNeed()
	 * @generated
	 */
	int ESOL_NEED = 33;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED__GROUP = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED__AREA = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lacking English</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED__LACKING_ENGLISH = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Uptake</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED__UPTAKE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Esol Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Esol Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESOL_NEED_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.HousingStockImpl <em>Housing Stock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.HousingStockImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getHousingStock()
	 * @generated
	 */
	int HOUSING_STOCK = 34;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK__AREA = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dwellings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK__DWELLINGS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pipeline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK__PIPELINE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Housing Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Housing Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_STOCK_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.HousingCompletionImpl <em>Housing Completion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.HousingCompletionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getHousingCompletion()
	 * @generated
	 */
	int HOUSING_COMPLETION = 35;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION__YEAR = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dwellings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION__DWELLINGS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Housing Completion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Housing Completion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSING_COMPLETION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.GpPracticeImpl <em>Gp Practice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.GpPracticeImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getGpPractice()
	 * @generated
	 */
	int GP_PRACTICE = 36;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE__CODE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE__AREA = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>List Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE__LIST_CAPACITY = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE__REGISTERED = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Gp Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Gp Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GP_PRACTICE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.StrategyImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 37;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__THEMES = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.ThemeImpl <em>Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.ThemeImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getTheme()
	 * @generated
	 */
	int THEME = 38;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NAME_EN = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NAME_CY = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__DOMAIN = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Aims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__AIMS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.AimImpl <em>Aim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.AimImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAim()
	 * @generated
	 */
	int AIM = 39;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM__TEXT = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM__ACTIONS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Aim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Aim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIM_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.StrategyActionImpl <em>Strategy Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.StrategyActionImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getStrategyAction()
	 * @generated
	 */
	int STRATEGY_ACTION = 40;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__LEAD = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__PARTNERS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__START_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__END_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__COST = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__STATUS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Effects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION__EFFECTS = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Strategy Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Strategy Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_ACTION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.EffectImpl <em>Effect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.EffectImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEffect()
	 * @generated
	 */
	int EFFECT = 41;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__AMOUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__FROM_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__TO_YEAR = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Esol Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__ESOL_PROVIDER = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>School</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__SCHOOL = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Year Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__YEAR_GROUP = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Esol Need</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__ESOL_NEED = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Assumption</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__ASSUMPTION = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Subject Matches Target</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT___SUBJECT_MATCHES_TARGET__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.IndicatorImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 42;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DOMAIN = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__WORDING = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Well Being Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__WELL_BEING_INDICATOR = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data For Migrants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_FOR_MIGRANTS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data For Uk Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_FOR_UK_BORN = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.MeasurementImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 43;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__YEAR = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__AREA = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Migrants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__MIGRANTS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Uk Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__UK_BORN = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__BASELINE = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.OrganisationImpl
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 44;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Years Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>References In Project</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.AreaKind <em>Area Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.AreaKind
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAreaKind()
	 * @generated
	 */
	int AREA_KIND = 45;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.MigrationKind <em>Migration Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.MigrationKind
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationKind()
	 * @generated
	 */
	int MIGRATION_KIND = 46;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.OverrideMode <em>Override Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.OverrideMode
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getOverrideMode()
	 * @generated
	 */
	int OVERRIDE_MODE = 47;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.SchoolPhase <em>School Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.SchoolPhase
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolPhase()
	 * @generated
	 */
	int SCHOOL_PHASE = 48;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.YearGroup <em>Year Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.YearGroup
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getYearGroup()
	 * @generated
	 */
	int YEAR_GROUP = 49;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.IntegrationDomain <em>Integration Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.IntegrationDomain
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getIntegrationDomain()
	 * @generated
	 */
	int INTEGRATION_DOMAIN = 50;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.RagStatus <em>Rag Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.RagStatus
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getRagStatus()
	 * @generated
	 */
	int RAG_STATUS = 51;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.EffectTarget <em>Effect Target</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.EffectTarget
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEffectTarget()
	 * @generated
	 */
	int EFFECT_TARGET = 52;

	/**
	 * The meta object id for the '{@link cymru.croeso.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.OrganisationKind
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 53;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cymru.croeso.model.impl.CroesoPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 54;


	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see cymru.croeso.model.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the containment reference '{@link cymru.croeso.model.ModelElement#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see cymru.croeso.model.ModelElement#getProvenance()
	 * @see #getModelElement()
	 * @generated
	 */
	EReference getModelElement_Provenance();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.ModelElement#withinBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Within Bounds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Within Bounds</em>' operation.
	 * @see cymru.croeso.model.ModelElement#withinBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModelElement__WithinBounds__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.ModelElement#yearsOrdered(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Years Ordered</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Years Ordered</em>' operation.
	 * @see cymru.croeso.model.ModelElement#yearsOrdered(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModelElement__YearsOrdered__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.ModelElement#referencesInProject(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>References In Project</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>References In Project</em>' operation.
	 * @see cymru.croeso.model.ModelElement#referencesInProject(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModelElement__ReferencesInProject__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see cymru.croeso.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Provenance#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see cymru.croeso.model.Provenance#getSource()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Source();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Provenance#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see cymru.croeso.model.Provenance#getNote()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Note();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Provenance#isIllustrative <em>Illustrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Illustrative</em>'.
	 * @see cymru.croeso.model.Provenance#isIllustrative()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Illustrative();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see cymru.croeso.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Project#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see cymru.croeso.model.Project#getFormatVersion()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cymru.croeso.model.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Project#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see cymru.croeso.model.Project#getAreas()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Project#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see cymru.croeso.model.Project#getGroups()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Groups();

	/**
	 * Returns the meta object for the containment reference '{@link cymru.croeso.model.Project#getBasePopulation <em>Base Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Base Population</em>'.
	 * @see cymru.croeso.model.Project#getBasePopulation()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_BasePopulation();

	/**
	 * Returns the meta object for the containment reference '{@link cymru.croeso.model.Project#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assumptions</em>'.
	 * @see cymru.croeso.model.Project#getAssumptions()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Assumptions();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Project#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see cymru.croeso.model.Project#getScenarios()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Scenarios();

	/**
	 * Returns the meta object for the containment reference '{@link cymru.croeso.model.Project#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Services</em>'.
	 * @see cymru.croeso.model.Project#getServices()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Services();

	/**
	 * Returns the meta object for the containment reference '{@link cymru.croeso.model.Project#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Strategy</em>'.
	 * @see cymru.croeso.model.Project#getStrategy()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Strategy();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Project#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see cymru.croeso.model.Project#getIndicators()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Project#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see cymru.croeso.model.Project#getOrganisations()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Organisations();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Area</em>'.
	 * @see cymru.croeso.model.Area
	 * @generated
	 */
	EClass getArea();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Area#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see cymru.croeso.model.Area#getCode()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_Code();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Area#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see cymru.croeso.model.Area#getNameEn()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Area#getNameCy <em>Name Cy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Cy</em>'.
	 * @see cymru.croeso.model.Area#getNameCy()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_NameCy();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Area#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cymru.croeso.model.Area#getKind()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Area#getSubAreas <em>Sub Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Areas</em>'.
	 * @see cymru.croeso.model.Area#getSubAreas()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_SubAreas();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.PopulationGroup <em>Population Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population Group</em>'.
	 * @see cymru.croeso.model.PopulationGroup
	 * @generated
	 */
	EClass getPopulationGroup();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.PopulationGroup#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.PopulationGroup#getId()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.PopulationGroup#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see cymru.croeso.model.PopulationGroup#getNameEn()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.PopulationGroup#getNameCy <em>Name Cy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Cy</em>'.
	 * @see cymru.croeso.model.PopulationGroup#getNameCy()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_NameCy();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.PopulationGroup#isUkBorn <em>Uk Born</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uk Born</em>'.
	 * @see cymru.croeso.model.PopulationGroup#isUkBorn()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_UkBorn();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.BasePopulation <em>Base Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Base Population</em>'.
	 * @see cymru.croeso.model.BasePopulation
	 * @generated
	 */
	EClass getBasePopulation();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.BasePopulation#getBaseYear <em>Base Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Year</em>'.
	 * @see cymru.croeso.model.BasePopulation#getBaseYear()
	 * @see #getBasePopulation()
	 * @generated
	 */
	EAttribute getBasePopulation_BaseYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.BasePopulation#getTopAge <em>Top Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Top Age</em>'.
	 * @see cymru.croeso.model.BasePopulation#getTopAge()
	 * @see #getBasePopulation()
	 * @generated
	 */
	EAttribute getBasePopulation_TopAge();

	/**
	 * Returns the meta object for the reference list '{@link cymru.croeso.model.BasePopulation#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Areas</em>'.
	 * @see cymru.croeso.model.BasePopulation#getAreas()
	 * @see #getBasePopulation()
	 * @generated
	 */
	EReference getBasePopulation_Areas();

	/**
	 * Returns the meta object for the reference list '{@link cymru.croeso.model.BasePopulation#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Groups</em>'.
	 * @see cymru.croeso.model.BasePopulation#getGroups()
	 * @see #getBasePopulation()
	 * @generated
	 */
	EReference getBasePopulation_Groups();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.BasePopulation#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see cymru.croeso.model.BasePopulation#getValues()
	 * @see #getBasePopulation()
	 * @generated
	 */
	EAttribute getBasePopulation_Values();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.BasePopulation#shapeMatches(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Shape Matches</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Shape Matches</em>' operation.
	 * @see cymru.croeso.model.BasePopulation#shapeMatches(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBasePopulation__ShapeMatches__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Assumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assumptions</em>'.
	 * @see cymru.croeso.model.Assumptions
	 * @generated
	 */
	EClass getAssumptions();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Assumptions#getFertility <em>Fertility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fertility</em>'.
	 * @see cymru.croeso.model.Assumptions#getFertility()
	 * @see #getAssumptions()
	 * @generated
	 */
	EReference getAssumptions_Fertility();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Assumptions#getMortality <em>Mortality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mortality</em>'.
	 * @see cymru.croeso.model.Assumptions#getMortality()
	 * @see #getAssumptions()
	 * @generated
	 */
	EReference getAssumptions_Mortality();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Assumptions#getMigration <em>Migration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Migration</em>'.
	 * @see cymru.croeso.model.Assumptions#getMigration()
	 * @see #getAssumptions()
	 * @generated
	 */
	EReference getAssumptions_Migration();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Assumptions#getSchedules <em>Schedules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schedules</em>'.
	 * @see cymru.croeso.model.Assumptions#getSchedules()
	 * @see #getAssumptions()
	 * @generated
	 */
	EReference getAssumptions_Schedules();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Assumptions#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see cymru.croeso.model.Assumptions#getTransitions()
	 * @see #getAssumptions()
	 * @generated
	 */
	EReference getAssumptions_Transitions();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Assumptions#getSpecialFlows <em>Special Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Special Flows</em>'.
	 * @see cymru.croeso.model.Assumptions#getSpecialFlows()
	 * @see #getAssumptions()
	 * @generated
	 */
	EReference getAssumptions_SpecialFlows();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assumption</em>'.
	 * @see cymru.croeso.model.Assumption
	 * @generated
	 */
	EClass getAssumption();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Assumption#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.Assumption#getId()
	 * @see #getAssumption()
	 * @generated
	 */
	EAttribute getAssumption_Id();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Assumption#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.Assumption#getArea()
	 * @see #getAssumption()
	 * @generated
	 */
	EReference getAssumption_Area();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.GroupAssumption <em>Group Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Assumption</em>'.
	 * @see cymru.croeso.model.GroupAssumption
	 * @generated
	 */
	EClass getGroupAssumption();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.GroupAssumption#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see cymru.croeso.model.GroupAssumption#getGroup()
	 * @see #getGroupAssumption()
	 * @generated
	 */
	EReference getGroupAssumption_Group();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.FertilityAssumption <em>Fertility Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fertility Assumption</em>'.
	 * @see cymru.croeso.model.FertilityAssumption
	 * @generated
	 */
	EClass getFertilityAssumption();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.FertilityAssumption#getFirstAge <em>First Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Age</em>'.
	 * @see cymru.croeso.model.FertilityAssumption#getFirstAge()
	 * @see #getFertilityAssumption()
	 * @generated
	 */
	EAttribute getFertilityAssumption_FirstAge();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.AgeSpecificFertility <em>Age Specific Fertility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Age Specific Fertility</em>'.
	 * @see cymru.croeso.model.AgeSpecificFertility
	 * @generated
	 */
	EClass getAgeSpecificFertility();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.AgeSpecificFertility#getRates <em>Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rates</em>'.
	 * @see cymru.croeso.model.AgeSpecificFertility#getRates()
	 * @see #getAgeSpecificFertility()
	 * @generated
	 */
	EAttribute getAgeSpecificFertility_Rates();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.TotalFertility <em>Total Fertility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Total Fertility</em>'.
	 * @see cymru.croeso.model.TotalFertility
	 * @generated
	 */
	EClass getTotalFertility();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.TotalFertility#getTfr <em>Tfr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tfr</em>'.
	 * @see cymru.croeso.model.TotalFertility#getTfr()
	 * @see #getTotalFertility()
	 * @generated
	 */
	EAttribute getTotalFertility_Tfr();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.TotalFertility#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see cymru.croeso.model.TotalFertility#getSchedule()
	 * @see #getTotalFertility()
	 * @generated
	 */
	EAttribute getTotalFertility_Schedule();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.MortalityAssumption <em>Mortality Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mortality Assumption</em>'.
	 * @see cymru.croeso.model.MortalityAssumption
	 * @generated
	 */
	EClass getMortalityAssumption();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.AgeSpecificMortality <em>Age Specific Mortality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Age Specific Mortality</em>'.
	 * @see cymru.croeso.model.AgeSpecificMortality
	 * @generated
	 */
	EClass getAgeSpecificMortality();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.AgeSpecificMortality#getRates <em>Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rates</em>'.
	 * @see cymru.croeso.model.AgeSpecificMortality#getRates()
	 * @see #getAgeSpecificMortality()
	 * @generated
	 */
	EAttribute getAgeSpecificMortality_Rates();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.LifeExpectancyMortality <em>Life Expectancy Mortality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Life Expectancy Mortality</em>'.
	 * @see cymru.croeso.model.LifeExpectancyMortality
	 * @generated
	 */
	EClass getLifeExpectancyMortality();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.LifeExpectancyMortality#getMaleLifeExpectancy <em>Male Life Expectancy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Male Life Expectancy</em>'.
	 * @see cymru.croeso.model.LifeExpectancyMortality#getMaleLifeExpectancy()
	 * @see #getLifeExpectancyMortality()
	 * @generated
	 */
	EAttribute getLifeExpectancyMortality_MaleLifeExpectancy();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.LifeExpectancyMortality#getFemaleLifeExpectancy <em>Female Life Expectancy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Female Life Expectancy</em>'.
	 * @see cymru.croeso.model.LifeExpectancyMortality#getFemaleLifeExpectancy()
	 * @see #getLifeExpectancyMortality()
	 * @generated
	 */
	EAttribute getLifeExpectancyMortality_FemaleLifeExpectancy();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.LifeExpectancyMortality#getStandardRates <em>Standard Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Rates</em>'.
	 * @see cymru.croeso.model.LifeExpectancyMortality#getStandardRates()
	 * @see #getLifeExpectancyMortality()
	 * @generated
	 */
	EAttribute getLifeExpectancyMortality_StandardRates();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.MigrationFlow <em>Migration Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Flow</em>'.
	 * @see cymru.croeso.model.MigrationFlow
	 * @generated
	 */
	EClass getMigrationFlow();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationFlow#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cymru.croeso.model.MigrationFlow#getKind()
	 * @see #getMigrationFlow()
	 * @generated
	 */
	EAttribute getMigrationFlow_Kind();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.MigrationCounts <em>Migration Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Counts</em>'.
	 * @see cymru.croeso.model.MigrationCounts
	 * @generated
	 */
	EClass getMigrationCounts();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationCounts#getCounts <em>Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counts</em>'.
	 * @see cymru.croeso.model.MigrationCounts#getCounts()
	 * @see #getMigrationCounts()
	 * @generated
	 */
	EAttribute getMigrationCounts_Counts();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.MigrationTotal <em>Migration Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Total</em>'.
	 * @see cymru.croeso.model.MigrationTotal
	 * @generated
	 */
	EClass getMigrationTotal();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationTotal#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see cymru.croeso.model.MigrationTotal#getTotal()
	 * @see #getMigrationTotal()
	 * @generated
	 */
	EAttribute getMigrationTotal_Total();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.MigrationTotal#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Schedule</em>'.
	 * @see cymru.croeso.model.MigrationTotal#getSchedule()
	 * @see #getMigrationTotal()
	 * @generated
	 */
	EReference getMigrationTotal_Schedule();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.MigrationRate <em>Migration Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Rate</em>'.
	 * @see cymru.croeso.model.MigrationRate
	 * @generated
	 */
	EClass getMigrationRate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationRate#getRates <em>Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rates</em>'.
	 * @see cymru.croeso.model.MigrationRate#getRates()
	 * @see #getMigrationRate()
	 * @generated
	 */
	EAttribute getMigrationRate_Rates();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.MigrationSchedule <em>Migration Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Schedule</em>'.
	 * @see cymru.croeso.model.MigrationSchedule
	 * @generated
	 */
	EClass getMigrationSchedule();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationSchedule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.MigrationSchedule#getId()
	 * @see #getMigrationSchedule()
	 * @generated
	 */
	EAttribute getMigrationSchedule_Id();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationSchedule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.MigrationSchedule#getName()
	 * @see #getMigrationSchedule()
	 * @generated
	 */
	EAttribute getMigrationSchedule_Name();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.MigrationSchedule#getShares <em>Shares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shares</em>'.
	 * @see cymru.croeso.model.MigrationSchedule#getShares()
	 * @see #getMigrationSchedule()
	 * @generated
	 */
	EAttribute getMigrationSchedule_Shares();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.GroupTransition <em>Group Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Transition</em>'.
	 * @see cymru.croeso.model.GroupTransition
	 * @generated
	 */
	EClass getGroupTransition();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.GroupTransition#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see cymru.croeso.model.GroupTransition#getFrom()
	 * @see #getGroupTransition()
	 * @generated
	 */
	EReference getGroupTransition_From();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.GroupTransition#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see cymru.croeso.model.GroupTransition#getTo()
	 * @see #getGroupTransition()
	 * @generated
	 */
	EReference getGroupTransition_To();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.GroupTransition#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see cymru.croeso.model.GroupTransition#getShare()
	 * @see #getGroupTransition()
	 * @generated
	 */
	EAttribute getGroupTransition_Share();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.GroupTransition#getSharesByAge <em>Shares By Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shares By Age</em>'.
	 * @see cymru.croeso.model.GroupTransition#getSharesByAge()
	 * @see #getGroupTransition()
	 * @generated
	 */
	EAttribute getGroupTransition_SharesByAge();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.SpecialFlow <em>Special Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Special Flow</em>'.
	 * @see cymru.croeso.model.SpecialFlow
	 * @generated
	 */
	EClass getSpecialFlow();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SpecialFlow#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.SpecialFlow#getName()
	 * @see #getSpecialFlow()
	 * @generated
	 */
	EAttribute getSpecialFlow_Name();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SpecialFlow#getPerYear <em>Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Year</em>'.
	 * @see cymru.croeso.model.SpecialFlow#getPerYear()
	 * @see #getSpecialFlow()
	 * @generated
	 */
	EAttribute getSpecialFlow_PerYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SpecialFlow#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see cymru.croeso.model.SpecialFlow#getFromYear()
	 * @see #getSpecialFlow()
	 * @generated
	 */
	EAttribute getSpecialFlow_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SpecialFlow#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see cymru.croeso.model.SpecialFlow#getToYear()
	 * @see #getSpecialFlow()
	 * @generated
	 */
	EAttribute getSpecialFlow_ToYear();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.SpecialFlow#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Profile</em>'.
	 * @see cymru.croeso.model.SpecialFlow#getProfile()
	 * @see #getSpecialFlow()
	 * @generated
	 */
	EReference getSpecialFlow_Profile();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see cymru.croeso.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Scenario#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.Scenario#getId()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Id();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Scenario#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see cymru.croeso.model.Scenario#getParent()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Parent();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Scenario#getBaseYear <em>Base Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Year</em>'.
	 * @see cymru.croeso.model.Scenario#getBaseYear()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_BaseYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Scenario#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see cymru.croeso.model.Scenario#getEndYear()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_EndYear();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Scenario#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see cymru.croeso.model.Scenario#getOverrides()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Overrides();

	/**
	 * Returns the meta object for the reference list '{@link cymru.croeso.model.Scenario#getEnabledActions <em>Enabled Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Enabled Actions</em>'.
	 * @see cymru.croeso.model.Scenario#getEnabledActions()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_EnabledActions();

	/**
	 * Returns the meta object for the reference list '{@link cymru.croeso.model.Scenario#getDisabledActions <em>Disabled Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Disabled Actions</em>'.
	 * @see cymru.croeso.model.Scenario#getDisabledActions()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_DisabledActions();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.Scenario#parentsAcyclic(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Parents Acyclic</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Parents Acyclic</em>' operation.
	 * @see cymru.croeso.model.Scenario#parentsAcyclic(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getScenario__ParentsAcyclic__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.ScenarioOverride <em>Scenario Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Override</em>'.
	 * @see cymru.croeso.model.ScenarioOverride
	 * @generated
	 */
	EClass getScenarioOverride();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.ScenarioOverride#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see cymru.croeso.model.ScenarioOverride#getTarget()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EReference getScenarioOverride_Target();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ScenarioOverride#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see cymru.croeso.model.ScenarioOverride#getFromYear()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ScenarioOverride#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see cymru.croeso.model.ScenarioOverride#getMode()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Mode();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ScenarioOverride#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see cymru.croeso.model.ScenarioOverride#getValue()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Value();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Services <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Services</em>'.
	 * @see cymru.croeso.model.Services
	 * @generated
	 */
	EClass getServices();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Services#getSchoolEstates <em>School Estates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>School Estates</em>'.
	 * @see cymru.croeso.model.Services#getSchoolEstates()
	 * @see #getServices()
	 * @generated
	 */
	EReference getServices_SchoolEstates();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Services#getEsolProviders <em>Esol Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Esol Providers</em>'.
	 * @see cymru.croeso.model.Services#getEsolProviders()
	 * @see #getServices()
	 * @generated
	 */
	EReference getServices_EsolProviders();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Services#getEsolNeeds <em>Esol Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Esol Needs</em>'.
	 * @see cymru.croeso.model.Services#getEsolNeeds()
	 * @see #getServices()
	 * @generated
	 */
	EReference getServices_EsolNeeds();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Services#getHousingStocks <em>Housing Stocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Housing Stocks</em>'.
	 * @see cymru.croeso.model.Services#getHousingStocks()
	 * @see #getServices()
	 * @generated
	 */
	EReference getServices_HousingStocks();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Services#getGpPractices <em>Gp Practices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gp Practices</em>'.
	 * @see cymru.croeso.model.Services#getGpPractices()
	 * @see #getServices()
	 * @generated
	 */
	EReference getServices_GpPractices();

	/**
	 * Returns the meta object for the containment reference '{@link cymru.croeso.model.Services#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assumptions</em>'.
	 * @see cymru.croeso.model.Services#getAssumptions()
	 * @see #getServices()
	 * @generated
	 */
	EReference getServices_Assumptions();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.ServiceAssumptions <em>Service Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Assumptions</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions
	 * @generated
	 */
	EClass getServiceAssumptions();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getParticipationRate <em>Participation Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participation Rate</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getParticipationRate()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_ParticipationRate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornEalShare <em>Non Uk Born Eal Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Uk Born Eal Share</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getNonUkBornEalShare()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_NonUkBornEalShare();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getUkBornEalShare <em>Uk Born Eal Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uk Born Eal Share</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getUkBornEalShare()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_UkBornEalShare();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getSurplusFlagPercent <em>Surplus Flag Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Surplus Flag Percent</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getSurplusFlagPercent()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_SurplusFlagPercent();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornLimitedEnglishShare <em>Non Uk Born Limited English Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Uk Born Limited English Share</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getNonUkBornLimitedEnglishShare()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_NonUkBornLimitedEnglishShare();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getUkBornLimitedEnglishShare <em>Uk Born Limited English Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uk Born Limited English Share</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getUkBornLimitedEnglishShare()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_UkBornLimitedEnglishShare();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getEsolUptakeRate <em>Esol Uptake Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Esol Uptake Rate</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getEsolUptakeRate()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_EsolUptakeRate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getEsolWaitingListDropOut <em>Esol Waiting List Drop Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Esol Waiting List Drop Out</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getEsolWaitingListDropOut()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_EsolWaitingListDropOut();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getEsolGuidedHoursPerLearner <em>Esol Guided Hours Per Learner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Esol Guided Hours Per Learner</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getEsolGuidedHoursPerLearner()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_EsolGuidedHoursPerLearner();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getEsolCostPerGuidedHour <em>Esol Cost Per Guided Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Esol Cost Per Guided Hour</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getEsolCostPerGuidedHour()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_EsolCostPerGuidedHour();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getInstitutionalRate <em>Institutional Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Institutional Rate</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getInstitutionalRate()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_InstitutionalRate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getHeadshipRateAdult <em>Headship Rate Adult</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Headship Rate Adult</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getHeadshipRateAdult()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_HeadshipRateAdult();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getVacancyRate <em>Vacancy Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vacancy Rate</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getVacancyRate()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_VacancyRate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getSecondHomesRate <em>Second Homes Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second Homes Rate</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getSecondHomesRate()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_SecondHomesRate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornRentingShare <em>Non Uk Born Renting Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Uk Born Renting Share</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getNonUkBornRentingShare()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_NonUkBornRentingShare();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getUkBornRentingShare <em>Uk Born Renting Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uk Born Renting Share</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getUkBornRentingShare()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_UkBornRentingShare();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getCrowdingIndexThreshold <em>Crowding Index Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crowding Index Threshold</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getCrowdingIndexThreshold()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_CrowdingIndexThreshold();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.ServiceAssumptions#getGpRegistrationRate <em>Gp Registration Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gp Registration Rate</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getGpRegistrationRate()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EAttribute getServiceAssumptions_GpRegistrationRate();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.ServiceAssumptions#getFigureSources <em>Figure Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Figure Sources</em>'.
	 * @see cymru.croeso.model.ServiceAssumptions#getFigureSources()
	 * @see #getServiceAssumptions()
	 * @generated
	 */
	EReference getServiceAssumptions_FigureSources();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.ServiceAssumptions#figureSourcesNameFigures(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Figure Sources Name Figures</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Figure Sources Name Figures</em>' operation.
	 * @see cymru.croeso.model.ServiceAssumptions#figureSourcesNameFigures(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getServiceAssumptions__FigureSourcesNameFigures__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.FigureSource <em>Figure Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Figure Source</em>'.
	 * @see cymru.croeso.model.FigureSource
	 * @generated
	 */
	EClass getFigureSource();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.FigureSource#getFigure <em>Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Figure</em>'.
	 * @see cymru.croeso.model.FigureSource#getFigure()
	 * @see #getFigureSource()
	 * @generated
	 */
	EAttribute getFigureSource_Figure();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.FigureSource#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see cymru.croeso.model.FigureSource#getSource()
	 * @see #getFigureSource()
	 * @generated
	 */
	EAttribute getFigureSource_Source();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.FigureSource#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see cymru.croeso.model.FigureSource#getNote()
	 * @see #getFigureSource()
	 * @generated
	 */
	EAttribute getFigureSource_Note();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.FigureSource#isLocalFigureNeeded <em>Local Figure Needed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Figure Needed</em>'.
	 * @see cymru.croeso.model.FigureSource#isLocalFigureNeeded()
	 * @see #getFigureSource()
	 * @generated
	 */
	EAttribute getFigureSource_LocalFigureNeeded();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.SchoolEstate <em>School Estate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>School Estate</em>'.
	 * @see cymru.croeso.model.SchoolEstate
	 * @generated
	 */
	EClass getSchoolEstate();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolEstate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.SchoolEstate#getName()
	 * @see #getSchoolEstate()
	 * @generated
	 */
	EAttribute getSchoolEstate_Name();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.SchoolEstate#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.SchoolEstate#getArea()
	 * @see #getSchoolEstate()
	 * @generated
	 */
	EReference getSchoolEstate_Area();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolEstate#getEalShare <em>Eal Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eal Share</em>'.
	 * @see cymru.croeso.model.SchoolEstate#getEalShare()
	 * @see #getSchoolEstate()
	 * @generated
	 */
	EAttribute getSchoolEstate_EalShare();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.SchoolEstate#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see cymru.croeso.model.SchoolEstate#getUnits()
	 * @see #getSchoolEstate()
	 * @generated
	 */
	EReference getSchoolEstate_Units();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.SchoolUnit <em>School Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>School Unit</em>'.
	 * @see cymru.croeso.model.SchoolUnit
	 * @generated
	 */
	EClass getSchoolUnit();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolUnit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see cymru.croeso.model.SchoolUnit#getCode()
	 * @see #getSchoolUnit()
	 * @generated
	 */
	EAttribute getSchoolUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.SchoolUnit#getName()
	 * @see #getSchoolUnit()
	 * @generated
	 */
	EAttribute getSchoolUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolUnit#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see cymru.croeso.model.SchoolUnit#getPhase()
	 * @see #getSchoolUnit()
	 * @generated
	 */
	EAttribute getSchoolUnit_Phase();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.SchoolUnit#getCapacities <em>Capacities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Capacities</em>'.
	 * @see cymru.croeso.model.SchoolUnit#getCapacities()
	 * @see #getSchoolUnit()
	 * @generated
	 */
	EReference getSchoolUnit_Capacities();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.School <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>School</em>'.
	 * @see cymru.croeso.model.School
	 * @generated
	 */
	EClass getSchool();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.School#isWelshMedium <em>Welsh Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Welsh Medium</em>'.
	 * @see cymru.croeso.model.School#isWelshMedium()
	 * @see #getSchool()
	 * @generated
	 */
	EAttribute getSchool_WelshMedium();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.PlanningArea <em>Planning Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Area</em>'.
	 * @see cymru.croeso.model.PlanningArea
	 * @generated
	 */
	EClass getPlanningArea();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.PlanningArea#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.PlanningArea#getArea()
	 * @see #getPlanningArea()
	 * @generated
	 */
	EReference getPlanningArea_Area();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.SchoolCapacity <em>School Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>School Capacity</em>'.
	 * @see cymru.croeso.model.SchoolCapacity
	 * @generated
	 */
	EClass getSchoolCapacity();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolCapacity#getYearGroup <em>Year Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Group</em>'.
	 * @see cymru.croeso.model.SchoolCapacity#getYearGroup()
	 * @see #getSchoolCapacity()
	 * @generated
	 */
	EAttribute getSchoolCapacity_YearGroup();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolCapacity#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see cymru.croeso.model.SchoolCapacity#getFromYear()
	 * @see #getSchoolCapacity()
	 * @generated
	 */
	EAttribute getSchoolCapacity_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.SchoolCapacity#getPlaces <em>Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Places</em>'.
	 * @see cymru.croeso.model.SchoolCapacity#getPlaces()
	 * @see #getSchoolCapacity()
	 * @generated
	 */
	EAttribute getSchoolCapacity_Places();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.EsolProvider <em>Esol Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Esol Provider</em>'.
	 * @see cymru.croeso.model.EsolProvider
	 * @generated
	 */
	EClass getEsolProvider();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.EsolProvider#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.EsolProvider#getName()
	 * @see #getEsolProvider()
	 * @generated
	 */
	EAttribute getEsolProvider_Name();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.EsolProvider#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see cymru.croeso.model.EsolProvider#getOrganisation()
	 * @see #getEsolProvider()
	 * @generated
	 */
	EReference getEsolProvider_Organisation();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.EsolProvider#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.EsolProvider#getArea()
	 * @see #getEsolProvider()
	 * @generated
	 */
	EReference getEsolProvider_Area();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.EsolProvider#getPlaces <em>Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Places</em>'.
	 * @see cymru.croeso.model.EsolProvider#getPlaces()
	 * @see #getEsolProvider()
	 * @generated
	 */
	EAttribute getEsolProvider_Places();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.EsolProvider#getGuidedHours <em>Guided Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guided Hours</em>'.
	 * @see cymru.croeso.model.EsolProvider#getGuidedHours()
	 * @see #getEsolProvider()
	 * @generated
	 */
	EAttribute getEsolProvider_GuidedHours();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.EsolProvider#getCostPerHour <em>Cost Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Per Hour</em>'.
	 * @see cymru.croeso.model.EsolProvider#getCostPerHour()
	 * @see #getEsolProvider()
	 * @generated
	 */
	EAttribute getEsolProvider_CostPerHour();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.EsolNeed <em>Esol Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Esol Need</em>'.
	 * @see cymru.croeso.model.EsolNeed
	 * @generated
	 */
	EClass getEsolNeed();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.EsolNeed#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see cymru.croeso.model.EsolNeed#getGroup()
	 * @see #getEsolNeed()
	 * @generated
	 */
	EReference getEsolNeed_Group();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.EsolNeed#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.EsolNeed#getArea()
	 * @see #getEsolNeed()
	 * @generated
	 */
	EReference getEsolNeed_Area();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.EsolNeed#getLackingEnglish <em>Lacking English</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lacking English</em>'.
	 * @see cymru.croeso.model.EsolNeed#getLackingEnglish()
	 * @see #getEsolNeed()
	 * @generated
	 */
	EAttribute getEsolNeed_LackingEnglish();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.EsolNeed#getUptake <em>Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uptake</em>'.
	 * @see cymru.croeso.model.EsolNeed#getUptake()
	 * @see #getEsolNeed()
	 * @generated
	 */
	EAttribute getEsolNeed_Uptake();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.HousingStock <em>Housing Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Housing Stock</em>'.
	 * @see cymru.croeso.model.HousingStock
	 * @generated
	 */
	EClass getHousingStock();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.HousingStock#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.HousingStock#getArea()
	 * @see #getHousingStock()
	 * @generated
	 */
	EReference getHousingStock_Area();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.HousingStock#getDwellings <em>Dwellings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dwellings</em>'.
	 * @see cymru.croeso.model.HousingStock#getDwellings()
	 * @see #getHousingStock()
	 * @generated
	 */
	EAttribute getHousingStock_Dwellings();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.HousingStock#getPipeline <em>Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pipeline</em>'.
	 * @see cymru.croeso.model.HousingStock#getPipeline()
	 * @see #getHousingStock()
	 * @generated
	 */
	EReference getHousingStock_Pipeline();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.HousingCompletion <em>Housing Completion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Housing Completion</em>'.
	 * @see cymru.croeso.model.HousingCompletion
	 * @generated
	 */
	EClass getHousingCompletion();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.HousingCompletion#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see cymru.croeso.model.HousingCompletion#getYear()
	 * @see #getHousingCompletion()
	 * @generated
	 */
	EAttribute getHousingCompletion_Year();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.HousingCompletion#getDwellings <em>Dwellings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dwellings</em>'.
	 * @see cymru.croeso.model.HousingCompletion#getDwellings()
	 * @see #getHousingCompletion()
	 * @generated
	 */
	EAttribute getHousingCompletion_Dwellings();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.GpPractice <em>Gp Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gp Practice</em>'.
	 * @see cymru.croeso.model.GpPractice
	 * @generated
	 */
	EClass getGpPractice();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.GpPractice#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see cymru.croeso.model.GpPractice#getCode()
	 * @see #getGpPractice()
	 * @generated
	 */
	EAttribute getGpPractice_Code();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.GpPractice#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.GpPractice#getName()
	 * @see #getGpPractice()
	 * @generated
	 */
	EAttribute getGpPractice_Name();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.GpPractice#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.GpPractice#getArea()
	 * @see #getGpPractice()
	 * @generated
	 */
	EReference getGpPractice_Area();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.GpPractice#getListCapacity <em>List Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>List Capacity</em>'.
	 * @see cymru.croeso.model.GpPractice#getListCapacity()
	 * @see #getGpPractice()
	 * @generated
	 */
	EAttribute getGpPractice_ListCapacity();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.GpPractice#getRegistered <em>Registered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered</em>'.
	 * @see cymru.croeso.model.GpPractice#getRegistered()
	 * @see #getGpPractice()
	 * @generated
	 */
	EAttribute getGpPractice_Registered();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see cymru.croeso.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Strategy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.Strategy#getName()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Strategy#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see cymru.croeso.model.Strategy#getThemes()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Themes();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme</em>'.
	 * @see cymru.croeso.model.Theme
	 * @generated
	 */
	EClass getTheme();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Theme#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see cymru.croeso.model.Theme#getNameEn()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Theme#getNameCy <em>Name Cy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Cy</em>'.
	 * @see cymru.croeso.model.Theme#getNameCy()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_NameCy();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Theme#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see cymru.croeso.model.Theme#getDomain()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Domain();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Theme#getAims <em>Aims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aims</em>'.
	 * @see cymru.croeso.model.Theme#getAims()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Aims();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Aim <em>Aim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aim</em>'.
	 * @see cymru.croeso.model.Aim
	 * @generated
	 */
	EClass getAim();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Aim#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see cymru.croeso.model.Aim#getText()
	 * @see #getAim()
	 * @generated
	 */
	EAttribute getAim_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Aim#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see cymru.croeso.model.Aim#getActions()
	 * @see #getAim()
	 * @generated
	 */
	EReference getAim_Actions();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.StrategyAction <em>Strategy Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy Action</em>'.
	 * @see cymru.croeso.model.StrategyAction
	 * @generated
	 */
	EClass getStrategyAction();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.StrategyAction#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.StrategyAction#getId()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EAttribute getStrategyAction_Id();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.StrategyAction#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see cymru.croeso.model.StrategyAction#getTitle()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EAttribute getStrategyAction_Title();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.StrategyAction#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead</em>'.
	 * @see cymru.croeso.model.StrategyAction#getLead()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EReference getStrategyAction_Lead();

	/**
	 * Returns the meta object for the reference list '{@link cymru.croeso.model.StrategyAction#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see cymru.croeso.model.StrategyAction#getPartners()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EReference getStrategyAction_Partners();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.StrategyAction#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see cymru.croeso.model.StrategyAction#getStartYear()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EAttribute getStrategyAction_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.StrategyAction#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see cymru.croeso.model.StrategyAction#getEndYear()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EAttribute getStrategyAction_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.StrategyAction#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see cymru.croeso.model.StrategyAction#getCost()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EAttribute getStrategyAction_Cost();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.StrategyAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see cymru.croeso.model.StrategyAction#getStatus()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EAttribute getStrategyAction_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.StrategyAction#getEffects <em>Effects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Effects</em>'.
	 * @see cymru.croeso.model.StrategyAction#getEffects()
	 * @see #getStrategyAction()
	 * @generated
	 */
	EReference getStrategyAction_Effects();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Effect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effect</em>'.
	 * @see cymru.croeso.model.Effect
	 * @generated
	 */
	EClass getEffect();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Effect#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see cymru.croeso.model.Effect#getTarget()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Target();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Effect#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see cymru.croeso.model.Effect#getAmount()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Amount();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Effect#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see cymru.croeso.model.Effect#getFromYear()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Effect#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see cymru.croeso.model.Effect#getToYear()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_ToYear();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Effect#getEsolProvider <em>Esol Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Esol Provider</em>'.
	 * @see cymru.croeso.model.Effect#getEsolProvider()
	 * @see #getEffect()
	 * @generated
	 */
	EReference getEffect_EsolProvider();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Effect#getSchool <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>School</em>'.
	 * @see cymru.croeso.model.Effect#getSchool()
	 * @see #getEffect()
	 * @generated
	 */
	EReference getEffect_School();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Effect#getYearGroup <em>Year Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Group</em>'.
	 * @see cymru.croeso.model.Effect#getYearGroup()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_YearGroup();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Effect#getEsolNeed <em>Esol Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Esol Need</em>'.
	 * @see cymru.croeso.model.Effect#getEsolNeed()
	 * @see #getEffect()
	 * @generated
	 */
	EReference getEffect_EsolNeed();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Effect#getAssumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assumption</em>'.
	 * @see cymru.croeso.model.Effect#getAssumption()
	 * @see #getEffect()
	 * @generated
	 */
	EReference getEffect_Assumption();

	/**
	 * Returns the meta object for the '{@link cymru.croeso.model.Effect#subjectMatchesTarget(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Subject Matches Target</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Subject Matches Target</em>' operation.
	 * @see cymru.croeso.model.Effect#subjectMatchesTarget(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEffect__SubjectMatchesTarget__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see cymru.croeso.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Indicator#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.Indicator#getId()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Id();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Indicator#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see cymru.croeso.model.Indicator#getDomain()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Domain();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Indicator#getWording <em>Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wording</em>'.
	 * @see cymru.croeso.model.Indicator#getWording()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Wording();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Indicator#getWellBeingIndicator <em>Well Being Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Well Being Indicator</em>'.
	 * @see cymru.croeso.model.Indicator#getWellBeingIndicator()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_WellBeingIndicator();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Indicator#isDataForMigrants <em>Data For Migrants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data For Migrants</em>'.
	 * @see cymru.croeso.model.Indicator#isDataForMigrants()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DataForMigrants();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Indicator#isDataForUkBorn <em>Data For Uk Born</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data For Uk Born</em>'.
	 * @see cymru.croeso.model.Indicator#isDataForUkBorn()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DataForUkBorn();

	/**
	 * Returns the meta object for the containment reference list '{@link cymru.croeso.model.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see cymru.croeso.model.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see cymru.croeso.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Measurement#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see cymru.croeso.model.Measurement#getYear()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Year();

	/**
	 * Returns the meta object for the reference '{@link cymru.croeso.model.Measurement#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see cymru.croeso.model.Measurement#getArea()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Area();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Measurement#getMigrants <em>Migrants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Migrants</em>'.
	 * @see cymru.croeso.model.Measurement#getMigrants()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Migrants();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Measurement#getUkBorn <em>Uk Born</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uk Born</em>'.
	 * @see cymru.croeso.model.Measurement#getUkBorn()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_UkBorn();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Measurement#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see cymru.croeso.model.Measurement#getBaseline()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Measurement#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see cymru.croeso.model.Measurement#getTarget()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Target();

	/**
	 * Returns the meta object for class '{@link cymru.croeso.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see cymru.croeso.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Organisation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cymru.croeso.model.Organisation#getId()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Id();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cymru.croeso.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link cymru.croeso.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cymru.croeso.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.AreaKind <em>Area Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Kind</em>'.
	 * @see cymru.croeso.model.AreaKind
	 * @generated
	 */
	EEnum getAreaKind();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.MigrationKind <em>Migration Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Migration Kind</em>'.
	 * @see cymru.croeso.model.MigrationKind
	 * @generated
	 */
	EEnum getMigrationKind();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.OverrideMode <em>Override Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Override Mode</em>'.
	 * @see cymru.croeso.model.OverrideMode
	 * @generated
	 */
	EEnum getOverrideMode();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.SchoolPhase <em>School Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>School Phase</em>'.
	 * @see cymru.croeso.model.SchoolPhase
	 * @generated
	 */
	EEnum getSchoolPhase();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.YearGroup <em>Year Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Year Group</em>'.
	 * @see cymru.croeso.model.YearGroup
	 * @generated
	 */
	EEnum getYearGroup();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.IntegrationDomain <em>Integration Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Integration Domain</em>'.
	 * @see cymru.croeso.model.IntegrationDomain
	 * @generated
	 */
	EEnum getIntegrationDomain();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.RagStatus <em>Rag Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rag Status</em>'.
	 * @see cymru.croeso.model.RagStatus
	 * @generated
	 */
	EEnum getRagStatus();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.EffectTarget <em>Effect Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Effect Target</em>'.
	 * @see cymru.croeso.model.EffectTarget
	 * @generated
	 */
	EEnum getEffectTarget();

	/**
	 * Returns the meta object for enum '{@link cymru.croeso.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see cymru.croeso.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Numbers stored compactly as comma-separated shortest exact decimals; NaN and infinities are refused.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CroesoFactory getCroesoFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ModelElementImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_ELEMENT__PROVENANCE = eINSTANCE.getModelElement_Provenance();

		/**
		 * The meta object literal for the '<em><b>Within Bounds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_ELEMENT___WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModelElement__WithinBounds__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Years Ordered</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_ELEMENT___YEARS_ORDERED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModelElement__YearsOrdered__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>References In Project</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_ELEMENT___REFERENCES_IN_PROJECT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModelElement__ReferencesInProject__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ProvenanceImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE = eINSTANCE.getProvenance_Source();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__NOTE = eINSTANCE.getProvenance_Note();

		/**
		 * The meta object literal for the '<em><b>Illustrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ILLUSTRATIVE = eINSTANCE.getProvenance_Illustrative();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ProjectImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__FORMAT_VERSION = eINSTANCE.getProject_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__AREAS = eINSTANCE.getProject_Areas();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__GROUPS = eINSTANCE.getProject_Groups();

		/**
		 * The meta object literal for the '<em><b>Base Population</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__BASE_POPULATION = eINSTANCE.getProject_BasePopulation();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ASSUMPTIONS = eINSTANCE.getProject_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SCENARIOS = eINSTANCE.getProject_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SERVICES = eINSTANCE.getProject_Services();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__STRATEGY = eINSTANCE.getProject_Strategy();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__INDICATORS = eINSTANCE.getProject_Indicators();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ORGANISATIONS = eINSTANCE.getProject_Organisations();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.AreaImpl <em>Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.AreaImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getArea()
		 * @generated
		 */
		EClass AREA = eINSTANCE.getArea();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__CODE = eINSTANCE.getArea_Code();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__NAME_EN = eINSTANCE.getArea_NameEn();

		/**
		 * The meta object literal for the '<em><b>Name Cy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__NAME_CY = eINSTANCE.getArea_NameCy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__KIND = eINSTANCE.getArea_Kind();

		/**
		 * The meta object literal for the '<em><b>Sub Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__SUB_AREAS = eINSTANCE.getArea_SubAreas();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.PopulationGroupImpl <em>Population Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.PopulationGroupImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getPopulationGroup()
		 * @generated
		 */
		EClass POPULATION_GROUP = eINSTANCE.getPopulationGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__ID = eINSTANCE.getPopulationGroup_Id();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__NAME_EN = eINSTANCE.getPopulationGroup_NameEn();

		/**
		 * The meta object literal for the '<em><b>Name Cy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__NAME_CY = eINSTANCE.getPopulationGroup_NameCy();

		/**
		 * The meta object literal for the '<em><b>Uk Born</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__UK_BORN = eINSTANCE.getPopulationGroup_UkBorn();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.BasePopulationImpl <em>Base Population</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.BasePopulationImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getBasePopulation()
		 * @generated
		 */
		EClass BASE_POPULATION = eINSTANCE.getBasePopulation();

		/**
		 * The meta object literal for the '<em><b>Base Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_POPULATION__BASE_YEAR = eINSTANCE.getBasePopulation_BaseYear();

		/**
		 * The meta object literal for the '<em><b>Top Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_POPULATION__TOP_AGE = eINSTANCE.getBasePopulation_TopAge();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASE_POPULATION__AREAS = eINSTANCE.getBasePopulation_Areas();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASE_POPULATION__GROUPS = eINSTANCE.getBasePopulation_Groups();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_POPULATION__VALUES = eINSTANCE.getBasePopulation_Values();

		/**
		 * The meta object literal for the '<em><b>Shape Matches</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BASE_POPULATION___SHAPE_MATCHES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBasePopulation__ShapeMatches__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.AssumptionsImpl <em>Assumptions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.AssumptionsImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAssumptions()
		 * @generated
		 */
		EClass ASSUMPTIONS = eINSTANCE.getAssumptions();

		/**
		 * The meta object literal for the '<em><b>Fertility</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTIONS__FERTILITY = eINSTANCE.getAssumptions_Fertility();

		/**
		 * The meta object literal for the '<em><b>Mortality</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTIONS__MORTALITY = eINSTANCE.getAssumptions_Mortality();

		/**
		 * The meta object literal for the '<em><b>Migration</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTIONS__MIGRATION = eINSTANCE.getAssumptions_Migration();

		/**
		 * The meta object literal for the '<em><b>Schedules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTIONS__SCHEDULES = eINSTANCE.getAssumptions_Schedules();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTIONS__TRANSITIONS = eINSTANCE.getAssumptions_Transitions();

		/**
		 * The meta object literal for the '<em><b>Special Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTIONS__SPECIAL_FLOWS = eINSTANCE.getAssumptions_SpecialFlows();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.AssumptionImpl <em>Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.AssumptionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAssumption()
		 * @generated
		 */
		EClass ASSUMPTION = eINSTANCE.getAssumption();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSUMPTION__ID = eINSTANCE.getAssumption_Id();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTION__AREA = eINSTANCE.getAssumption_Area();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.GroupAssumptionImpl <em>Group Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.GroupAssumptionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getGroupAssumption()
		 * @generated
		 */
		EClass GROUP_ASSUMPTION = eINSTANCE.getGroupAssumption();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_ASSUMPTION__GROUP = eINSTANCE.getGroupAssumption_Group();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.FertilityAssumptionImpl <em>Fertility Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.FertilityAssumptionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getFertilityAssumption()
		 * @generated
		 */
		EClass FERTILITY_ASSUMPTION = eINSTANCE.getFertilityAssumption();

		/**
		 * The meta object literal for the '<em><b>First Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FERTILITY_ASSUMPTION__FIRST_AGE = eINSTANCE.getFertilityAssumption_FirstAge();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.AgeSpecificFertilityImpl <em>Age Specific Fertility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.AgeSpecificFertilityImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAgeSpecificFertility()
		 * @generated
		 */
		EClass AGE_SPECIFIC_FERTILITY = eINSTANCE.getAgeSpecificFertility();

		/**
		 * The meta object literal for the '<em><b>Rates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_SPECIFIC_FERTILITY__RATES = eINSTANCE.getAgeSpecificFertility_Rates();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.TotalFertilityImpl <em>Total Fertility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.TotalFertilityImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getTotalFertility()
		 * @generated
		 */
		EClass TOTAL_FERTILITY = eINSTANCE.getTotalFertility();

		/**
		 * The meta object literal for the '<em><b>Tfr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOTAL_FERTILITY__TFR = eINSTANCE.getTotalFertility_Tfr();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOTAL_FERTILITY__SCHEDULE = eINSTANCE.getTotalFertility_Schedule();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MortalityAssumptionImpl <em>Mortality Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MortalityAssumptionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMortalityAssumption()
		 * @generated
		 */
		EClass MORTALITY_ASSUMPTION = eINSTANCE.getMortalityAssumption();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.AgeSpecificMortalityImpl <em>Age Specific Mortality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.AgeSpecificMortalityImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAgeSpecificMortality()
		 * @generated
		 */
		EClass AGE_SPECIFIC_MORTALITY = eINSTANCE.getAgeSpecificMortality();

		/**
		 * The meta object literal for the '<em><b>Rates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_SPECIFIC_MORTALITY__RATES = eINSTANCE.getAgeSpecificMortality_Rates();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.LifeExpectancyMortalityImpl <em>Life Expectancy Mortality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.LifeExpectancyMortalityImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getLifeExpectancyMortality()
		 * @generated
		 */
		EClass LIFE_EXPECTANCY_MORTALITY = eINSTANCE.getLifeExpectancyMortality();

		/**
		 * The meta object literal for the '<em><b>Male Life Expectancy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_EXPECTANCY_MORTALITY__MALE_LIFE_EXPECTANCY = eINSTANCE.getLifeExpectancyMortality_MaleLifeExpectancy();

		/**
		 * The meta object literal for the '<em><b>Female Life Expectancy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_EXPECTANCY_MORTALITY__FEMALE_LIFE_EXPECTANCY = eINSTANCE.getLifeExpectancyMortality_FemaleLifeExpectancy();

		/**
		 * The meta object literal for the '<em><b>Standard Rates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES = eINSTANCE.getLifeExpectancyMortality_StandardRates();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MigrationFlowImpl <em>Migration Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MigrationFlowImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationFlow()
		 * @generated
		 */
		EClass MIGRATION_FLOW = eINSTANCE.getMigrationFlow();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_FLOW__KIND = eINSTANCE.getMigrationFlow_Kind();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MigrationCountsImpl <em>Migration Counts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MigrationCountsImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationCounts()
		 * @generated
		 */
		EClass MIGRATION_COUNTS = eINSTANCE.getMigrationCounts();

		/**
		 * The meta object literal for the '<em><b>Counts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_COUNTS__COUNTS = eINSTANCE.getMigrationCounts_Counts();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MigrationTotalImpl <em>Migration Total</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MigrationTotalImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationTotal()
		 * @generated
		 */
		EClass MIGRATION_TOTAL = eINSTANCE.getMigrationTotal();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_TOTAL__TOTAL = eINSTANCE.getMigrationTotal_Total();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION_TOTAL__SCHEDULE = eINSTANCE.getMigrationTotal_Schedule();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MigrationRateImpl <em>Migration Rate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MigrationRateImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationRate()
		 * @generated
		 */
		EClass MIGRATION_RATE = eINSTANCE.getMigrationRate();

		/**
		 * The meta object literal for the '<em><b>Rates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_RATE__RATES = eINSTANCE.getMigrationRate_Rates();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MigrationScheduleImpl <em>Migration Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MigrationScheduleImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationSchedule()
		 * @generated
		 */
		EClass MIGRATION_SCHEDULE = eINSTANCE.getMigrationSchedule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_SCHEDULE__ID = eINSTANCE.getMigrationSchedule_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_SCHEDULE__NAME = eINSTANCE.getMigrationSchedule_Name();

		/**
		 * The meta object literal for the '<em><b>Shares</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_SCHEDULE__SHARES = eINSTANCE.getMigrationSchedule_Shares();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.GroupTransitionImpl <em>Group Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.GroupTransitionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getGroupTransition()
		 * @generated
		 */
		EClass GROUP_TRANSITION = eINSTANCE.getGroupTransition();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_TRANSITION__FROM = eINSTANCE.getGroupTransition_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_TRANSITION__TO = eINSTANCE.getGroupTransition_To();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_TRANSITION__SHARE = eINSTANCE.getGroupTransition_Share();

		/**
		 * The meta object literal for the '<em><b>Shares By Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_TRANSITION__SHARES_BY_AGE = eINSTANCE.getGroupTransition_SharesByAge();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.SpecialFlowImpl <em>Special Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.SpecialFlowImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSpecialFlow()
		 * @generated
		 */
		EClass SPECIAL_FLOW = eINSTANCE.getSpecialFlow();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIAL_FLOW__NAME = eINSTANCE.getSpecialFlow_Name();

		/**
		 * The meta object literal for the '<em><b>Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIAL_FLOW__PER_YEAR = eINSTANCE.getSpecialFlow_PerYear();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIAL_FLOW__FROM_YEAR = eINSTANCE.getSpecialFlow_FromYear();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIAL_FLOW__TO_YEAR = eINSTANCE.getSpecialFlow_ToYear();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIAL_FLOW__PROFILE = eINSTANCE.getSpecialFlow_Profile();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ScenarioImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__ID = eINSTANCE.getScenario_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PARENT = eINSTANCE.getScenario_Parent();

		/**
		 * The meta object literal for the '<em><b>Base Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__BASE_YEAR = eINSTANCE.getScenario_BaseYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__END_YEAR = eINSTANCE.getScenario_EndYear();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OVERRIDES = eINSTANCE.getScenario_Overrides();

		/**
		 * The meta object literal for the '<em><b>Enabled Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ENABLED_ACTIONS = eINSTANCE.getScenario_EnabledActions();

		/**
		 * The meta object literal for the '<em><b>Disabled Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DISABLED_ACTIONS = eINSTANCE.getScenario_DisabledActions();

		/**
		 * The meta object literal for the '<em><b>Parents Acyclic</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___PARENTS_ACYCLIC__DIAGNOSTICCHAIN_MAP = eINSTANCE.getScenario__ParentsAcyclic__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ScenarioOverrideImpl <em>Scenario Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ScenarioOverrideImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getScenarioOverride()
		 * @generated
		 */
		EClass SCENARIO_OVERRIDE = eINSTANCE.getScenarioOverride();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_OVERRIDE__TARGET = eINSTANCE.getScenarioOverride_Target();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__FROM_YEAR = eINSTANCE.getScenarioOverride_FromYear();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__MODE = eINSTANCE.getScenarioOverride_Mode();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__VALUE = eINSTANCE.getScenarioOverride_Value();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ServicesImpl <em>Services</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ServicesImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getServices()
		 * @generated
		 */
		EClass SERVICES = eINSTANCE.getServices();

		/**
		 * The meta object literal for the '<em><b>School Estates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICES__SCHOOL_ESTATES = eINSTANCE.getServices_SchoolEstates();

		/**
		 * The meta object literal for the '<em><b>Esol Providers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICES__ESOL_PROVIDERS = eINSTANCE.getServices_EsolProviders();

		/**
		 * The meta object literal for the '<em><b>Esol Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICES__ESOL_NEEDS = eINSTANCE.getServices_EsolNeeds();

		/**
		 * The meta object literal for the '<em><b>Housing Stocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICES__HOUSING_STOCKS = eINSTANCE.getServices_HousingStocks();

		/**
		 * The meta object literal for the '<em><b>Gp Practices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICES__GP_PRACTICES = eINSTANCE.getServices_GpPractices();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICES__ASSUMPTIONS = eINSTANCE.getServices_Assumptions();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ServiceAssumptionsImpl <em>Service Assumptions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ServiceAssumptionsImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getServiceAssumptions()
		 * @generated
		 */
		EClass SERVICE_ASSUMPTIONS = eINSTANCE.getServiceAssumptions();

		/**
		 * The meta object literal for the '<em><b>Participation Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__PARTICIPATION_RATE = eINSTANCE.getServiceAssumptions_ParticipationRate();

		/**
		 * The meta object literal for the '<em><b>Non Uk Born Eal Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE = eINSTANCE.getServiceAssumptions_NonUkBornEalShare();

		/**
		 * The meta object literal for the '<em><b>Uk Born Eal Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE = eINSTANCE.getServiceAssumptions_UkBornEalShare();

		/**
		 * The meta object literal for the '<em><b>Surplus Flag Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT = eINSTANCE.getServiceAssumptions_SurplusFlagPercent();

		/**
		 * The meta object literal for the '<em><b>Non Uk Born Limited English Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE = eINSTANCE.getServiceAssumptions_NonUkBornLimitedEnglishShare();

		/**
		 * The meta object literal for the '<em><b>Uk Born Limited English Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE = eINSTANCE.getServiceAssumptions_UkBornLimitedEnglishShare();

		/**
		 * The meta object literal for the '<em><b>Esol Uptake Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE = eINSTANCE.getServiceAssumptions_EsolUptakeRate();

		/**
		 * The meta object literal for the '<em><b>Esol Waiting List Drop Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT = eINSTANCE.getServiceAssumptions_EsolWaitingListDropOut();

		/**
		 * The meta object literal for the '<em><b>Esol Guided Hours Per Learner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER = eINSTANCE.getServiceAssumptions_EsolGuidedHoursPerLearner();

		/**
		 * The meta object literal for the '<em><b>Esol Cost Per Guided Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR = eINSTANCE.getServiceAssumptions_EsolCostPerGuidedHour();

		/**
		 * The meta object literal for the '<em><b>Institutional Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE = eINSTANCE.getServiceAssumptions_InstitutionalRate();

		/**
		 * The meta object literal for the '<em><b>Headship Rate Adult</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT = eINSTANCE.getServiceAssumptions_HeadshipRateAdult();

		/**
		 * The meta object literal for the '<em><b>Vacancy Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__VACANCY_RATE = eINSTANCE.getServiceAssumptions_VacancyRate();

		/**
		 * The meta object literal for the '<em><b>Second Homes Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE = eINSTANCE.getServiceAssumptions_SecondHomesRate();

		/**
		 * The meta object literal for the '<em><b>Non Uk Born Renting Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE = eINSTANCE.getServiceAssumptions_NonUkBornRentingShare();

		/**
		 * The meta object literal for the '<em><b>Uk Born Renting Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE = eINSTANCE.getServiceAssumptions_UkBornRentingShare();

		/**
		 * The meta object literal for the '<em><b>Crowding Index Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD = eINSTANCE.getServiceAssumptions_CrowdingIndexThreshold();

		/**
		 * The meta object literal for the '<em><b>Gp Registration Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE = eINSTANCE.getServiceAssumptions_GpRegistrationRate();

		/**
		 * The meta object literal for the '<em><b>Figure Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ASSUMPTIONS__FIGURE_SOURCES = eINSTANCE.getServiceAssumptions_FigureSources();

		/**
		 * The meta object literal for the '<em><b>Figure Sources Name Figures</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SERVICE_ASSUMPTIONS___FIGURE_SOURCES_NAME_FIGURES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getServiceAssumptions__FigureSourcesNameFigures__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.FigureSourceImpl <em>Figure Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.FigureSourceImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getFigureSource()
		 * @generated
		 */
		EClass FIGURE_SOURCE = eINSTANCE.getFigureSource();

		/**
		 * The meta object literal for the '<em><b>Figure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE_SOURCE__FIGURE = eINSTANCE.getFigureSource_Figure();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE_SOURCE__SOURCE = eINSTANCE.getFigureSource_Source();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE_SOURCE__NOTE = eINSTANCE.getFigureSource_Note();

		/**
		 * The meta object literal for the '<em><b>Local Figure Needed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE_SOURCE__LOCAL_FIGURE_NEEDED = eINSTANCE.getFigureSource_LocalFigureNeeded();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.SchoolEstateImpl <em>School Estate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.SchoolEstateImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolEstate()
		 * @generated
		 */
		EClass SCHOOL_ESTATE = eINSTANCE.getSchoolEstate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_ESTATE__NAME = eINSTANCE.getSchoolEstate_Name();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHOOL_ESTATE__AREA = eINSTANCE.getSchoolEstate_Area();

		/**
		 * The meta object literal for the '<em><b>Eal Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_ESTATE__EAL_SHARE = eINSTANCE.getSchoolEstate_EalShare();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHOOL_ESTATE__UNITS = eINSTANCE.getSchoolEstate_Units();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.SchoolUnitImpl <em>School Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.SchoolUnitImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolUnit()
		 * @generated
		 */
		EClass SCHOOL_UNIT = eINSTANCE.getSchoolUnit();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_UNIT__CODE = eINSTANCE.getSchoolUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_UNIT__NAME = eINSTANCE.getSchoolUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_UNIT__PHASE = eINSTANCE.getSchoolUnit_Phase();

		/**
		 * The meta object literal for the '<em><b>Capacities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHOOL_UNIT__CAPACITIES = eINSTANCE.getSchoolUnit_Capacities();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.SchoolImpl <em>School</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.SchoolImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchool()
		 * @generated
		 */
		EClass SCHOOL = eINSTANCE.getSchool();

		/**
		 * The meta object literal for the '<em><b>Welsh Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL__WELSH_MEDIUM = eINSTANCE.getSchool_WelshMedium();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.PlanningAreaImpl <em>Planning Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.PlanningAreaImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getPlanningArea()
		 * @generated
		 */
		EClass PLANNING_AREA = eINSTANCE.getPlanningArea();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_AREA__AREA = eINSTANCE.getPlanningArea_Area();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.SchoolCapacityImpl <em>School Capacity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.SchoolCapacityImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolCapacity()
		 * @generated
		 */
		EClass SCHOOL_CAPACITY = eINSTANCE.getSchoolCapacity();

		/**
		 * The meta object literal for the '<em><b>Year Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_CAPACITY__YEAR_GROUP = eINSTANCE.getSchoolCapacity_YearGroup();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_CAPACITY__FROM_YEAR = eINSTANCE.getSchoolCapacity_FromYear();

		/**
		 * The meta object literal for the '<em><b>Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_CAPACITY__PLACES = eINSTANCE.getSchoolCapacity_Places();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.EsolProviderImpl <em>Esol Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.EsolProviderImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEsolProvider()
		 * @generated
		 */
		EClass ESOL_PROVIDER = eINSTANCE.getEsolProvider();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESOL_PROVIDER__NAME = eINSTANCE.getEsolProvider_Name();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESOL_PROVIDER__ORGANISATION = eINSTANCE.getEsolProvider_Organisation();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESOL_PROVIDER__AREA = eINSTANCE.getEsolProvider_Area();

		/**
		 * The meta object literal for the '<em><b>Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESOL_PROVIDER__PLACES = eINSTANCE.getEsolProvider_Places();

		/**
		 * The meta object literal for the '<em><b>Guided Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESOL_PROVIDER__GUIDED_HOURS = eINSTANCE.getEsolProvider_GuidedHours();

		/**
		 * The meta object literal for the '<em><b>Cost Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESOL_PROVIDER__COST_PER_HOUR = eINSTANCE.getEsolProvider_CostPerHour();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.EsolNeedImpl <em>Esol Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.EsolNeedImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEsolNeed()
		 * @generated
		 */
		EClass ESOL_NEED = eINSTANCE.getEsolNeed();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESOL_NEED__GROUP = eINSTANCE.getEsolNeed_Group();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESOL_NEED__AREA = eINSTANCE.getEsolNeed_Area();

		/**
		 * The meta object literal for the '<em><b>Lacking English</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESOL_NEED__LACKING_ENGLISH = eINSTANCE.getEsolNeed_LackingEnglish();

		/**
		 * The meta object literal for the '<em><b>Uptake</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESOL_NEED__UPTAKE = eINSTANCE.getEsolNeed_Uptake();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.HousingStockImpl <em>Housing Stock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.HousingStockImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getHousingStock()
		 * @generated
		 */
		EClass HOUSING_STOCK = eINSTANCE.getHousingStock();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSING_STOCK__AREA = eINSTANCE.getHousingStock_Area();

		/**
		 * The meta object literal for the '<em><b>Dwellings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSING_STOCK__DWELLINGS = eINSTANCE.getHousingStock_Dwellings();

		/**
		 * The meta object literal for the '<em><b>Pipeline</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSING_STOCK__PIPELINE = eINSTANCE.getHousingStock_Pipeline();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.HousingCompletionImpl <em>Housing Completion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.HousingCompletionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getHousingCompletion()
		 * @generated
		 */
		EClass HOUSING_COMPLETION = eINSTANCE.getHousingCompletion();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSING_COMPLETION__YEAR = eINSTANCE.getHousingCompletion_Year();

		/**
		 * The meta object literal for the '<em><b>Dwellings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSING_COMPLETION__DWELLINGS = eINSTANCE.getHousingCompletion_Dwellings();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.GpPracticeImpl <em>Gp Practice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.GpPracticeImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getGpPractice()
		 * @generated
		 */
		EClass GP_PRACTICE = eINSTANCE.getGpPractice();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GP_PRACTICE__CODE = eINSTANCE.getGpPractice_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GP_PRACTICE__NAME = eINSTANCE.getGpPractice_Name();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GP_PRACTICE__AREA = eINSTANCE.getGpPractice_Area();

		/**
		 * The meta object literal for the '<em><b>List Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GP_PRACTICE__LIST_CAPACITY = eINSTANCE.getGpPractice_ListCapacity();

		/**
		 * The meta object literal for the '<em><b>Registered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GP_PRACTICE__REGISTERED = eINSTANCE.getGpPractice_Registered();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.StrategyImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__NAME = eINSTANCE.getStrategy_Name();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__THEMES = eINSTANCE.getStrategy_Themes();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.ThemeImpl <em>Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.ThemeImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getTheme()
		 * @generated
		 */
		EClass THEME = eINSTANCE.getTheme();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__NAME_EN = eINSTANCE.getTheme_NameEn();

		/**
		 * The meta object literal for the '<em><b>Name Cy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__NAME_CY = eINSTANCE.getTheme_NameCy();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__DOMAIN = eINSTANCE.getTheme_Domain();

		/**
		 * The meta object literal for the '<em><b>Aims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__AIMS = eINSTANCE.getTheme_Aims();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.AimImpl <em>Aim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.AimImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAim()
		 * @generated
		 */
		EClass AIM = eINSTANCE.getAim();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AIM__TEXT = eINSTANCE.getAim_Text();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AIM__ACTIONS = eINSTANCE.getAim_Actions();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.StrategyActionImpl <em>Strategy Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.StrategyActionImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getStrategyAction()
		 * @generated
		 */
		EClass STRATEGY_ACTION = eINSTANCE.getStrategyAction();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_ACTION__ID = eINSTANCE.getStrategyAction_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_ACTION__TITLE = eINSTANCE.getStrategyAction_Title();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_ACTION__LEAD = eINSTANCE.getStrategyAction_Lead();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_ACTION__PARTNERS = eINSTANCE.getStrategyAction_Partners();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_ACTION__START_YEAR = eINSTANCE.getStrategyAction_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_ACTION__END_YEAR = eINSTANCE.getStrategyAction_EndYear();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_ACTION__COST = eINSTANCE.getStrategyAction_Cost();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_ACTION__STATUS = eINSTANCE.getStrategyAction_Status();

		/**
		 * The meta object literal for the '<em><b>Effects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_ACTION__EFFECTS = eINSTANCE.getStrategyAction_Effects();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.EffectImpl <em>Effect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.EffectImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEffect()
		 * @generated
		 */
		EClass EFFECT = eINSTANCE.getEffect();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__TARGET = eINSTANCE.getEffect_Target();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__AMOUNT = eINSTANCE.getEffect_Amount();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__FROM_YEAR = eINSTANCE.getEffect_FromYear();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__TO_YEAR = eINSTANCE.getEffect_ToYear();

		/**
		 * The meta object literal for the '<em><b>Esol Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFECT__ESOL_PROVIDER = eINSTANCE.getEffect_EsolProvider();

		/**
		 * The meta object literal for the '<em><b>School</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFECT__SCHOOL = eINSTANCE.getEffect_School();

		/**
		 * The meta object literal for the '<em><b>Year Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__YEAR_GROUP = eINSTANCE.getEffect_YearGroup();

		/**
		 * The meta object literal for the '<em><b>Esol Need</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFECT__ESOL_NEED = eINSTANCE.getEffect_EsolNeed();

		/**
		 * The meta object literal for the '<em><b>Assumption</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFECT__ASSUMPTION = eINSTANCE.getEffect_Assumption();

		/**
		 * The meta object literal for the '<em><b>Subject Matches Target</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EFFECT___SUBJECT_MATCHES_TARGET__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEffect__SubjectMatchesTarget__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.IndicatorImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ID = eINSTANCE.getIndicator_Id();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DOMAIN = eINSTANCE.getIndicator_Domain();

		/**
		 * The meta object literal for the '<em><b>Wording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__WORDING = eINSTANCE.getIndicator_Wording();

		/**
		 * The meta object literal for the '<em><b>Well Being Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__WELL_BEING_INDICATOR = eINSTANCE.getIndicator_WellBeingIndicator();

		/**
		 * The meta object literal for the '<em><b>Data For Migrants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DATA_FOR_MIGRANTS = eINSTANCE.getIndicator_DataForMigrants();

		/**
		 * The meta object literal for the '<em><b>Data For Uk Born</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DATA_FOR_UK_BORN = eINSTANCE.getIndicator_DataForUkBorn();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.MeasurementImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__YEAR = eINSTANCE.getMeasurement_Year();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__AREA = eINSTANCE.getMeasurement_Area();

		/**
		 * The meta object literal for the '<em><b>Migrants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__MIGRANTS = eINSTANCE.getMeasurement_Migrants();

		/**
		 * The meta object literal for the '<em><b>Uk Born</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__UK_BORN = eINSTANCE.getMeasurement_UkBorn();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__BASELINE = eINSTANCE.getMeasurement_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__TARGET = eINSTANCE.getMeasurement_Target();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.OrganisationImpl
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__ID = eINSTANCE.getOrganisation_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.AreaKind <em>Area Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.AreaKind
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getAreaKind()
		 * @generated
		 */
		EEnum AREA_KIND = eINSTANCE.getAreaKind();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.MigrationKind <em>Migration Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.MigrationKind
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getMigrationKind()
		 * @generated
		 */
		EEnum MIGRATION_KIND = eINSTANCE.getMigrationKind();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.OverrideMode <em>Override Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.OverrideMode
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getOverrideMode()
		 * @generated
		 */
		EEnum OVERRIDE_MODE = eINSTANCE.getOverrideMode();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.SchoolPhase <em>School Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.SchoolPhase
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getSchoolPhase()
		 * @generated
		 */
		EEnum SCHOOL_PHASE = eINSTANCE.getSchoolPhase();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.YearGroup <em>Year Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.YearGroup
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getYearGroup()
		 * @generated
		 */
		EEnum YEAR_GROUP = eINSTANCE.getYearGroup();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.IntegrationDomain <em>Integration Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.IntegrationDomain
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getIntegrationDomain()
		 * @generated
		 */
		EEnum INTEGRATION_DOMAIN = eINSTANCE.getIntegrationDomain();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.RagStatus <em>Rag Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.RagStatus
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getRagStatus()
		 * @generated
		 */
		EEnum RAG_STATUS = eINSTANCE.getRagStatus();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.EffectTarget <em>Effect Target</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.EffectTarget
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getEffectTarget()
		 * @generated
		 */
		EEnum EFFECT_TARGET = eINSTANCE.getEffectTarget();

		/**
		 * The meta object literal for the '{@link cymru.croeso.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.OrganisationKind
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cymru.croeso.model.impl.CroesoPackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

	}

} //CroesoPackage
