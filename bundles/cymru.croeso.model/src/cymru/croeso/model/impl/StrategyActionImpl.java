/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Effect;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.StrategyActionImpl#getEffects <em>Effects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyActionImpl extends ModelElementImpl implements StrategyAction {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLead() <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected Organisation lead;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> partners;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

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
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected double cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RagStatus STATUS_EDEFAULT = RagStatus.RED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RagStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEffects() <em>Effects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffects()
	 * @generated
	 * @ordered
	 */
	protected EList<Effect> effects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.STRATEGY_ACTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getLead() {
		if (lead != null && lead.eIsProxy()) {
			InternalEObject oldLead = (InternalEObject)lead;
			lead = (Organisation)eResolveProxy(oldLead);
			if (lead != oldLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.STRATEGY_ACTION__LEAD, oldLead, lead));
			}
		}
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(Organisation newLead) {
		Organisation oldLead = lead;
		lead = newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__LEAD, oldLead, lead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Organisation>(Organisation.class, this, CroesoPackage.STRATEGY_ACTION__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear) {
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__START_YEAR, oldStartYear, startYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(double newCost) {
		double oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RagStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RagStatus newStatus) {
		RagStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.STRATEGY_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Effect> getEffects() {
		if (effects == null) {
			effects = new EObjectContainmentEList<Effect>(Effect.class, this, CroesoPackage.STRATEGY_ACTION__EFFECTS);
		}
		return effects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.STRATEGY_ACTION__EFFECTS:
				return ((InternalEList<?>)getEffects()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.STRATEGY_ACTION__ID:
				return getId();
			case CroesoPackage.STRATEGY_ACTION__TITLE:
				return getTitle();
			case CroesoPackage.STRATEGY_ACTION__LEAD:
				if (resolve) return getLead();
				return basicGetLead();
			case CroesoPackage.STRATEGY_ACTION__PARTNERS:
				return getPartners();
			case CroesoPackage.STRATEGY_ACTION__START_YEAR:
				return getStartYear();
			case CroesoPackage.STRATEGY_ACTION__END_YEAR:
				return getEndYear();
			case CroesoPackage.STRATEGY_ACTION__COST:
				return getCost();
			case CroesoPackage.STRATEGY_ACTION__STATUS:
				return getStatus();
			case CroesoPackage.STRATEGY_ACTION__EFFECTS:
				return getEffects();
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
			case CroesoPackage.STRATEGY_ACTION__ID:
				setId((String)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__TITLE:
				setTitle((String)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__LEAD:
				setLead((Organisation)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Organisation>)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__COST:
				setCost((Double)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__STATUS:
				setStatus((RagStatus)newValue);
				return;
			case CroesoPackage.STRATEGY_ACTION__EFFECTS:
				getEffects().clear();
				getEffects().addAll((Collection<? extends Effect>)newValue);
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
			case CroesoPackage.STRATEGY_ACTION__ID:
				setId(ID_EDEFAULT);
				return;
			case CroesoPackage.STRATEGY_ACTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CroesoPackage.STRATEGY_ACTION__LEAD:
				setLead((Organisation)null);
				return;
			case CroesoPackage.STRATEGY_ACTION__PARTNERS:
				getPartners().clear();
				return;
			case CroesoPackage.STRATEGY_ACTION__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case CroesoPackage.STRATEGY_ACTION__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case CroesoPackage.STRATEGY_ACTION__COST:
				setCost(COST_EDEFAULT);
				return;
			case CroesoPackage.STRATEGY_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CroesoPackage.STRATEGY_ACTION__EFFECTS:
				getEffects().clear();
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
			case CroesoPackage.STRATEGY_ACTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CroesoPackage.STRATEGY_ACTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CroesoPackage.STRATEGY_ACTION__LEAD:
				return lead != null;
			case CroesoPackage.STRATEGY_ACTION__PARTNERS:
				return partners != null && !partners.isEmpty();
			case CroesoPackage.STRATEGY_ACTION__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case CroesoPackage.STRATEGY_ACTION__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case CroesoPackage.STRATEGY_ACTION__COST:
				return cost != COST_EDEFAULT;
			case CroesoPackage.STRATEGY_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case CroesoPackage.STRATEGY_ACTION__EFFECTS:
				return effects != null && !effects.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", cost: ");
		result.append(cost);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //StrategyActionImpl
