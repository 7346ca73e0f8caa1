/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Assumptions;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.FertilityAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MortalityAssumption;
import cymru.croeso.model.SpecialFlow;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assumptions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.AssumptionsImpl#getFertility <em>Fertility</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AssumptionsImpl#getMortality <em>Mortality</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AssumptionsImpl#getMigration <em>Migration</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AssumptionsImpl#getSchedules <em>Schedules</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AssumptionsImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.AssumptionsImpl#getSpecialFlows <em>Special Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssumptionsImpl extends ModelElementImpl implements Assumptions {
	/**
	 * The cached value of the '{@link #getFertility() <em>Fertility</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFertility()
	 * @generated
	 * @ordered
	 */
	protected EList<FertilityAssumption> fertility;

	/**
	 * The cached value of the '{@link #getMortality() <em>Mortality</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMortality()
	 * @generated
	 * @ordered
	 */
	protected EList<MortalityAssumption> mortality;

	/**
	 * The cached value of the '{@link #getMigration() <em>Migration</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMigration()
	 * @generated
	 * @ordered
	 */
	protected EList<MigrationFlow> migration;

	/**
	 * The cached value of the '{@link #getSchedules() <em>Schedules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedules()
	 * @generated
	 * @ordered
	 */
	protected EList<MigrationSchedule> schedules;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupTransition> transitions;

	/**
	 * The cached value of the '{@link #getSpecialFlows() <em>Special Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<SpecialFlow> specialFlows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssumptionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.ASSUMPTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FertilityAssumption> getFertility() {
		if (fertility == null) {
			fertility = new EObjectContainmentEList<FertilityAssumption>(FertilityAssumption.class, this, CroesoPackage.ASSUMPTIONS__FERTILITY);
		}
		return fertility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MortalityAssumption> getMortality() {
		if (mortality == null) {
			mortality = new EObjectContainmentEList<MortalityAssumption>(MortalityAssumption.class, this, CroesoPackage.ASSUMPTIONS__MORTALITY);
		}
		return mortality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MigrationFlow> getMigration() {
		if (migration == null) {
			migration = new EObjectContainmentEList<MigrationFlow>(MigrationFlow.class, this, CroesoPackage.ASSUMPTIONS__MIGRATION);
		}
		return migration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MigrationSchedule> getSchedules() {
		if (schedules == null) {
			schedules = new EObjectContainmentEList<MigrationSchedule>(MigrationSchedule.class, this, CroesoPackage.ASSUMPTIONS__SCHEDULES);
		}
		return schedules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupTransition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<GroupTransition>(GroupTransition.class, this, CroesoPackage.ASSUMPTIONS__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpecialFlow> getSpecialFlows() {
		if (specialFlows == null) {
			specialFlows = new EObjectContainmentEList<SpecialFlow>(SpecialFlow.class, this, CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS);
		}
		return specialFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.ASSUMPTIONS__FERTILITY:
				return ((InternalEList<?>)getFertility()).basicRemove(otherEnd, msgs);
			case CroesoPackage.ASSUMPTIONS__MORTALITY:
				return ((InternalEList<?>)getMortality()).basicRemove(otherEnd, msgs);
			case CroesoPackage.ASSUMPTIONS__MIGRATION:
				return ((InternalEList<?>)getMigration()).basicRemove(otherEnd, msgs);
			case CroesoPackage.ASSUMPTIONS__SCHEDULES:
				return ((InternalEList<?>)getSchedules()).basicRemove(otherEnd, msgs);
			case CroesoPackage.ASSUMPTIONS__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
			case CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS:
				return ((InternalEList<?>)getSpecialFlows()).basicRemove(otherEnd, msgs);
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
			case CroesoPackage.ASSUMPTIONS__FERTILITY:
				return getFertility();
			case CroesoPackage.ASSUMPTIONS__MORTALITY:
				return getMortality();
			case CroesoPackage.ASSUMPTIONS__MIGRATION:
				return getMigration();
			case CroesoPackage.ASSUMPTIONS__SCHEDULES:
				return getSchedules();
			case CroesoPackage.ASSUMPTIONS__TRANSITIONS:
				return getTransitions();
			case CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS:
				return getSpecialFlows();
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
			case CroesoPackage.ASSUMPTIONS__FERTILITY:
				getFertility().clear();
				getFertility().addAll((Collection<? extends FertilityAssumption>)newValue);
				return;
			case CroesoPackage.ASSUMPTIONS__MORTALITY:
				getMortality().clear();
				getMortality().addAll((Collection<? extends MortalityAssumption>)newValue);
				return;
			case CroesoPackage.ASSUMPTIONS__MIGRATION:
				getMigration().clear();
				getMigration().addAll((Collection<? extends MigrationFlow>)newValue);
				return;
			case CroesoPackage.ASSUMPTIONS__SCHEDULES:
				getSchedules().clear();
				getSchedules().addAll((Collection<? extends MigrationSchedule>)newValue);
				return;
			case CroesoPackage.ASSUMPTIONS__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends GroupTransition>)newValue);
				return;
			case CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS:
				getSpecialFlows().clear();
				getSpecialFlows().addAll((Collection<? extends SpecialFlow>)newValue);
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
			case CroesoPackage.ASSUMPTIONS__FERTILITY:
				getFertility().clear();
				return;
			case CroesoPackage.ASSUMPTIONS__MORTALITY:
				getMortality().clear();
				return;
			case CroesoPackage.ASSUMPTIONS__MIGRATION:
				getMigration().clear();
				return;
			case CroesoPackage.ASSUMPTIONS__SCHEDULES:
				getSchedules().clear();
				return;
			case CroesoPackage.ASSUMPTIONS__TRANSITIONS:
				getTransitions().clear();
				return;
			case CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS:
				getSpecialFlows().clear();
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
			case CroesoPackage.ASSUMPTIONS__FERTILITY:
				return fertility != null && !fertility.isEmpty();
			case CroesoPackage.ASSUMPTIONS__MORTALITY:
				return mortality != null && !mortality.isEmpty();
			case CroesoPackage.ASSUMPTIONS__MIGRATION:
				return migration != null && !migration.isEmpty();
			case CroesoPackage.ASSUMPTIONS__SCHEDULES:
				return schedules != null && !schedules.isEmpty();
			case CroesoPackage.ASSUMPTIONS__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
			case CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS:
				return specialFlows != null && !specialFlows.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AssumptionsImpl
