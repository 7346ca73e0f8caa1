/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Services;
import cymru.croeso.model.Strategy;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getBasePopulation <em>Base Population</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getServices <em>Services</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ProjectImpl#getOrganisations <em>Organisations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends ModelElementImpl implements Project {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> groups;

	/**
	 * The cached value of the '{@link #getBasePopulation() <em>Base Population</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasePopulation()
	 * @generated
	 * @ordered
	 */
	protected BasePopulation basePopulation;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected Assumptions assumptions;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected Services services;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected Strategy strategy;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas() {
		if (areas == null) {
			areas = new EObjectContainmentEList<Area>(Area.class, this, CroesoPackage.PROJECT__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<PopulationGroup>(PopulationGroup.class, this, CroesoPackage.PROJECT__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BasePopulation getBasePopulation() {
		return basePopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBasePopulation(BasePopulation newBasePopulation, NotificationChain msgs) {
		BasePopulation oldBasePopulation = basePopulation;
		basePopulation = newBasePopulation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__BASE_POPULATION, oldBasePopulation, newBasePopulation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasePopulation(BasePopulation newBasePopulation) {
		if (newBasePopulation != basePopulation) {
			NotificationChain msgs = null;
			if (basePopulation != null)
				msgs = ((InternalEObject)basePopulation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__BASE_POPULATION, null, msgs);
			if (newBasePopulation != null)
				msgs = ((InternalEObject)newBasePopulation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__BASE_POPULATION, null, msgs);
			msgs = basicSetBasePopulation(newBasePopulation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__BASE_POPULATION, newBasePopulation, newBasePopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumptions getAssumptions() {
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAssumptions(Assumptions newAssumptions, NotificationChain msgs) {
		Assumptions oldAssumptions = assumptions;
		assumptions = newAssumptions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__ASSUMPTIONS, oldAssumptions, newAssumptions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumptions(Assumptions newAssumptions) {
		if (newAssumptions != assumptions) {
			NotificationChain msgs = null;
			if (assumptions != null)
				msgs = ((InternalEObject)assumptions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__ASSUMPTIONS, null, msgs);
			if (newAssumptions != null)
				msgs = ((InternalEObject)newAssumptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__ASSUMPTIONS, null, msgs);
			msgs = basicSetAssumptions(newAssumptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__ASSUMPTIONS, newAssumptions, newAssumptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, CroesoPackage.PROJECT__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Services getServices() {
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetServices(Services newServices, NotificationChain msgs) {
		Services oldServices = services;
		services = newServices;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__SERVICES, oldServices, newServices);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServices(Services newServices) {
		if (newServices != services) {
			NotificationChain msgs = null;
			if (services != null)
				msgs = ((InternalEObject)services).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__SERVICES, null, msgs);
			if (newServices != null)
				msgs = ((InternalEObject)newServices).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__SERVICES, null, msgs);
			msgs = basicSetServices(newServices, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__SERVICES, newServices, newServices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStrategy(Strategy newStrategy, NotificationChain msgs) {
		Strategy oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__STRATEGY, oldStrategy, newStrategy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(Strategy newStrategy) {
		if (newStrategy != strategy) {
			NotificationChain msgs = null;
			if (strategy != null)
				msgs = ((InternalEObject)strategy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__STRATEGY, null, msgs);
			if (newStrategy != null)
				msgs = ((InternalEObject)newStrategy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.PROJECT__STRATEGY, null, msgs);
			msgs = basicSetStrategy(newStrategy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.PROJECT__STRATEGY, newStrategy, newStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, CroesoPackage.PROJECT__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, CroesoPackage.PROJECT__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.PROJECT__AREAS:
				return ((InternalEList<?>)getAreas()).basicRemove(otherEnd, msgs);
			case CroesoPackage.PROJECT__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case CroesoPackage.PROJECT__BASE_POPULATION:
				return basicSetBasePopulation(null, msgs);
			case CroesoPackage.PROJECT__ASSUMPTIONS:
				return basicSetAssumptions(null, msgs);
			case CroesoPackage.PROJECT__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case CroesoPackage.PROJECT__SERVICES:
				return basicSetServices(null, msgs);
			case CroesoPackage.PROJECT__STRATEGY:
				return basicSetStrategy(null, msgs);
			case CroesoPackage.PROJECT__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case CroesoPackage.PROJECT__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.PROJECT__NAME:
				return getName();
			case CroesoPackage.PROJECT__FORMAT_VERSION:
				return getFormatVersion();
			case CroesoPackage.PROJECT__DESCRIPTION:
				return getDescription();
			case CroesoPackage.PROJECT__AREAS:
				return getAreas();
			case CroesoPackage.PROJECT__GROUPS:
				return getGroups();
			case CroesoPackage.PROJECT__BASE_POPULATION:
				return getBasePopulation();
			case CroesoPackage.PROJECT__ASSUMPTIONS:
				return getAssumptions();
			case CroesoPackage.PROJECT__SCENARIOS:
				return getScenarios();
			case CroesoPackage.PROJECT__SERVICES:
				return getServices();
			case CroesoPackage.PROJECT__STRATEGY:
				return getStrategy();
			case CroesoPackage.PROJECT__INDICATORS:
				return getIndicators();
			case CroesoPackage.PROJECT__ORGANISATIONS:
				return getOrganisations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CroesoPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case CroesoPackage.PROJECT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case CroesoPackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CroesoPackage.PROJECT__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case CroesoPackage.PROJECT__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends PopulationGroup>)newValue);
				return;
			case CroesoPackage.PROJECT__BASE_POPULATION:
				setBasePopulation((BasePopulation)newValue);
				return;
			case CroesoPackage.PROJECT__ASSUMPTIONS:
				setAssumptions((Assumptions)newValue);
				return;
			case CroesoPackage.PROJECT__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case CroesoPackage.PROJECT__SERVICES:
				setServices((Services)newValue);
				return;
			case CroesoPackage.PROJECT__STRATEGY:
				setStrategy((Strategy)newValue);
				return;
			case CroesoPackage.PROJECT__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case CroesoPackage.PROJECT__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CroesoPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CroesoPackage.PROJECT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CroesoPackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CroesoPackage.PROJECT__AREAS:
				getAreas().clear();
				return;
			case CroesoPackage.PROJECT__GROUPS:
				getGroups().clear();
				return;
			case CroesoPackage.PROJECT__BASE_POPULATION:
				setBasePopulation((BasePopulation)null);
				return;
			case CroesoPackage.PROJECT__ASSUMPTIONS:
				setAssumptions((Assumptions)null);
				return;
			case CroesoPackage.PROJECT__SCENARIOS:
				getScenarios().clear();
				return;
			case CroesoPackage.PROJECT__SERVICES:
				setServices((Services)null);
				return;
			case CroesoPackage.PROJECT__STRATEGY:
				setStrategy((Strategy)null);
				return;
			case CroesoPackage.PROJECT__INDICATORS:
				getIndicators().clear();
				return;
			case CroesoPackage.PROJECT__ORGANISATIONS:
				getOrganisations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CroesoPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CroesoPackage.PROJECT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case CroesoPackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CroesoPackage.PROJECT__AREAS:
				return areas != null && !areas.isEmpty();
			case CroesoPackage.PROJECT__GROUPS:
				return groups != null && !groups.isEmpty();
			case CroesoPackage.PROJECT__BASE_POPULATION:
				return basePopulation != null;
			case CroesoPackage.PROJECT__ASSUMPTIONS:
				return assumptions != null;
			case CroesoPackage.PROJECT__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case CroesoPackage.PROJECT__SERVICES:
				return services != null;
			case CroesoPackage.PROJECT__STRATEGY:
				return strategy != null;
			case CroesoPackage.PROJECT__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case CroesoPackage.PROJECT__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
