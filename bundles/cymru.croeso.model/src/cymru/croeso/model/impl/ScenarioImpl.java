/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.StrategyAction;

import cymru.croeso.model.validation.CroesoRules;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getEnabledActions <em>Enabled Actions</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioImpl#getDisabledActions <em>Disabled Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends ModelElementImpl implements Scenario {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Scenario parent;

	/**
	 * The default value of the '{@link #getBaseYear() <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BASE_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBaseYear() <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseYear()
	 * @generated
	 * @ordered
	 */
	protected int baseYear = BASE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioOverride> overrides;

	/**
	 * The cached value of the '{@link #getEnabledActions() <em>Enabled Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabledActions()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategyAction> enabledActions;

	/**
	 * The cached value of the '{@link #getDisabledActions() <em>Disabled Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledActions()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategyAction> disabledActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Scenario)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.SCENARIO__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scenario basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Scenario newParent) {
		Scenario oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaseYear() {
		return baseYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseYear(int newBaseYear) {
		int oldBaseYear = baseYear;
		baseYear = newBaseYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO__BASE_YEAR, oldBaseYear, baseYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear) {
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<ScenarioOverride>(ScenarioOverride.class, this, CroesoPackage.SCENARIO__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategyAction> getEnabledActions() {
		if (enabledActions == null) {
			enabledActions = new EObjectResolvingEList<StrategyAction>(StrategyAction.class, this, CroesoPackage.SCENARIO__ENABLED_ACTIONS);
		}
		return enabledActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategyAction> getDisabledActions() {
		if (disabledActions == null) {
			disabledActions = new EObjectResolvingEList<StrategyAction>(StrategyAction.class, this, CroesoPackage.SCENARIO__DISABLED_ACTIONS);
		}
		return disabledActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean parentsAcyclic(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CroesoRules.parentsAcyclic(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.SCENARIO__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.SCENARIO__ID:
				return getId();
			case CroesoPackage.SCENARIO__NAME:
				return getName();
			case CroesoPackage.SCENARIO__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case CroesoPackage.SCENARIO__BASE_YEAR:
				return getBaseYear();
			case CroesoPackage.SCENARIO__END_YEAR:
				return getEndYear();
			case CroesoPackage.SCENARIO__OVERRIDES:
				return getOverrides();
			case CroesoPackage.SCENARIO__ENABLED_ACTIONS:
				return getEnabledActions();
			case CroesoPackage.SCENARIO__DISABLED_ACTIONS:
				return getDisabledActions();
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
			case CroesoPackage.SCENARIO__ID:
				setId((String)newValue);
				return;
			case CroesoPackage.SCENARIO__NAME:
				setName((String)newValue);
				return;
			case CroesoPackage.SCENARIO__PARENT:
				setParent((Scenario)newValue);
				return;
			case CroesoPackage.SCENARIO__BASE_YEAR:
				setBaseYear((Integer)newValue);
				return;
			case CroesoPackage.SCENARIO__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case CroesoPackage.SCENARIO__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends ScenarioOverride>)newValue);
				return;
			case CroesoPackage.SCENARIO__ENABLED_ACTIONS:
				getEnabledActions().clear();
				getEnabledActions().addAll((Collection<? extends StrategyAction>)newValue);
				return;
			case CroesoPackage.SCENARIO__DISABLED_ACTIONS:
				getDisabledActions().clear();
				getDisabledActions().addAll((Collection<? extends StrategyAction>)newValue);
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
			case CroesoPackage.SCENARIO__ID:
				setId(ID_EDEFAULT);
				return;
			case CroesoPackage.SCENARIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CroesoPackage.SCENARIO__PARENT:
				setParent((Scenario)null);
				return;
			case CroesoPackage.SCENARIO__BASE_YEAR:
				setBaseYear(BASE_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SCENARIO__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SCENARIO__OVERRIDES:
				getOverrides().clear();
				return;
			case CroesoPackage.SCENARIO__ENABLED_ACTIONS:
				getEnabledActions().clear();
				return;
			case CroesoPackage.SCENARIO__DISABLED_ACTIONS:
				getDisabledActions().clear();
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
			case CroesoPackage.SCENARIO__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CroesoPackage.SCENARIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CroesoPackage.SCENARIO__PARENT:
				return parent != null;
			case CroesoPackage.SCENARIO__BASE_YEAR:
				return baseYear != BASE_YEAR_EDEFAULT;
			case CroesoPackage.SCENARIO__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case CroesoPackage.SCENARIO__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
			case CroesoPackage.SCENARIO__ENABLED_ACTIONS:
				return enabledActions != null && !enabledActions.isEmpty();
			case CroesoPackage.SCENARIO__DISABLED_ACTIONS:
				return disabledActions != null && !disabledActions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CroesoPackage.SCENARIO___PARENTS_ACYCLIC__DIAGNOSTICCHAIN_MAP:
				return parentsAcyclic((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", baseYear: ");
		result.append(baseYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
