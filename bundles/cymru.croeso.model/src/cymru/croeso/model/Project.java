/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One planning project: everything an officer saves to, or emails as, one file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getAreas <em>Areas</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getGroups <em>Groups</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getBasePopulation <em>Base Population</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getServices <em>Services</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link cymru.croeso.model.Project#getOrganisations <em>Organisations</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the file format the project was saved in; older files are migrated when opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see cymru.croeso.model.CroesoPackage#getProject_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the project is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cymru.croeso.model.CroesoPackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The areas planned for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getProject_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.PopulationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The population groups by origin or migration status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getProject_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<PopulationGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Base Population</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The population at the base year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Population</em>' containment reference.
	 * @see #setBasePopulation(BasePopulation)
	 * @see cymru.croeso.model.CroesoPackage#getProject_BasePopulation()
	 * @model containment="true"
	 * @generated
	 */
	BasePopulation getBasePopulation();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getBasePopulation <em>Base Population</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Population</em>' containment reference.
	 * @see #getBasePopulation()
	 * @generated
	 */
	void setBasePopulation(BasePopulation value);

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fertility, mortality, migration and transition assumptions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference.
	 * @see #setAssumptions(Assumptions)
	 * @see cymru.croeso.model.CroesoPackage#getProject_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	Assumptions getAssumptions();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getAssumptions <em>Assumptions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumptions</em>' containment reference.
	 * @see #getAssumptions()
	 * @generated
	 */
	void setAssumptions(Assumptions value);

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenarios, each a variant of its parent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getProject_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schools, ESOL, housing and GP services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference.
	 * @see #setServices(Services)
	 * @see cymru.croeso.model.CroesoPackage#getProject_Services()
	 * @model containment="true"
	 * @generated
	 */
	Services getServices();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getServices <em>Services</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Services</em>' containment reference.
	 * @see #getServices()
	 * @generated
	 */
	void setServices(Services value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The integration strategy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategy</em>' containment reference.
	 * @see #setStrategy(Strategy)
	 * @see cymru.croeso.model.CroesoPackage#getProject_Strategy()
	 * @model containment="true"
	 * @generated
	 */
	Strategy getStrategy();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Project#getStrategy <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' containment reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(Strategy value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Integration indicators and their measurements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getProject_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getProject_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

} // Project
