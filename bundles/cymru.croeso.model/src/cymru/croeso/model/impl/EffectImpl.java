/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.SchoolUnit;
import cymru.croeso.model.YearGroup;

import cymru.croeso.model.validation.CroesoRules;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Effect</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getToYear <em>To Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getEsolProvider <em>Esol Provider</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getSchool <em>School</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getYearGroup <em>Year Group</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getEsolNeed <em>Esol Need</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.EffectImpl#getAssumption <em>Assumption</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EffectImpl extends ModelElementImpl implements Effect {
	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final EffectTarget TARGET_EDEFAULT = EffectTarget.ESOL_PLACES;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected EffectTarget target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final double AMOUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected double amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FROM_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected int fromYear = FROM_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected static final int TO_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected int toYear = TO_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEsolProvider() <em>Esol Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolProvider()
	 * @generated
	 * @ordered
	 */
	protected EsolProvider esolProvider;

	/**
	 * The cached value of the '{@link #getSchool() <em>School</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchool()
	 * @generated
	 * @ordered
	 */
	protected SchoolUnit school;

	/**
	 * The default value of the '{@link #getYearGroup() <em>Year Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearGroup()
	 * @generated
	 * @ordered
	 */
	protected static final YearGroup YEAR_GROUP_EDEFAULT = YearGroup.NURSERY;

	/**
	 * The cached value of the '{@link #getYearGroup() <em>Year Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearGroup()
	 * @generated
	 * @ordered
	 */
	protected YearGroup yearGroup = YEAR_GROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEsolNeed() <em>Esol Need</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolNeed()
	 * @generated
	 * @ordered
	 */
	protected EsolNeed esolNeed;

	/**
	 * The cached value of the '{@link #getAssumption() <em>Assumption</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumption()
	 * @generated
	 * @ordered
	 */
	protected Assumption assumption;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EffectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.EFFECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EffectTarget getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(EffectTarget newTarget) {
		EffectTarget oldTarget = target;
		target = newTarget == null ? TARGET_EDEFAULT : newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(double newAmount) {
		double oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFromYear() {
		return fromYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromYear(int newFromYear) {
		int oldFromYear = fromYear;
		fromYear = newFromYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__FROM_YEAR, oldFromYear, fromYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToYear() {
		return toYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToYear(int newToYear) {
		int oldToYear = toYear;
		toYear = newToYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__TO_YEAR, oldToYear, toYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EsolProvider getEsolProvider() {
		if (esolProvider != null && esolProvider.eIsProxy()) {
			InternalEObject oldEsolProvider = (InternalEObject)esolProvider;
			esolProvider = (EsolProvider)eResolveProxy(oldEsolProvider);
			if (esolProvider != oldEsolProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.EFFECT__ESOL_PROVIDER, oldEsolProvider, esolProvider));
			}
		}
		return esolProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EsolProvider basicGetEsolProvider() {
		return esolProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEsolProvider(EsolProvider newEsolProvider) {
		EsolProvider oldEsolProvider = esolProvider;
		esolProvider = newEsolProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__ESOL_PROVIDER, oldEsolProvider, esolProvider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolUnit getSchool() {
		if (school != null && school.eIsProxy()) {
			InternalEObject oldSchool = (InternalEObject)school;
			school = (SchoolUnit)eResolveProxy(oldSchool);
			if (school != oldSchool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.EFFECT__SCHOOL, oldSchool, school));
			}
		}
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchoolUnit basicGetSchool() {
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchool(SchoolUnit newSchool) {
		SchoolUnit oldSchool = school;
		school = newSchool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__SCHOOL, oldSchool, school));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearGroup getYearGroup() {
		return yearGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearGroup(YearGroup newYearGroup) {
		YearGroup oldYearGroup = yearGroup;
		yearGroup = newYearGroup == null ? YEAR_GROUP_EDEFAULT : newYearGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__YEAR_GROUP, oldYearGroup, yearGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EsolNeed getEsolNeed() {
		if (esolNeed != null && esolNeed.eIsProxy()) {
			InternalEObject oldEsolNeed = (InternalEObject)esolNeed;
			esolNeed = (EsolNeed)eResolveProxy(oldEsolNeed);
			if (esolNeed != oldEsolNeed) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.EFFECT__ESOL_NEED, oldEsolNeed, esolNeed));
			}
		}
		return esolNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EsolNeed basicGetEsolNeed() {
		return esolNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEsolNeed(EsolNeed newEsolNeed) {
		EsolNeed oldEsolNeed = esolNeed;
		esolNeed = newEsolNeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__ESOL_NEED, oldEsolNeed, esolNeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumption getAssumption() {
		if (assumption != null && assumption.eIsProxy()) {
			InternalEObject oldAssumption = (InternalEObject)assumption;
			assumption = (Assumption)eResolveProxy(oldAssumption);
			if (assumption != oldAssumption) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.EFFECT__ASSUMPTION, oldAssumption, assumption));
			}
		}
		return assumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assumption basicGetAssumption() {
		return assumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumption(Assumption newAssumption) {
		Assumption oldAssumption = assumption;
		assumption = newAssumption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.EFFECT__ASSUMPTION, oldAssumption, assumption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean subjectMatchesTarget(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CroesoRules.subjectMatchesTarget(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.EFFECT__TARGET:
				return getTarget();
			case CroesoPackage.EFFECT__AMOUNT:
				return getAmount();
			case CroesoPackage.EFFECT__FROM_YEAR:
				return getFromYear();
			case CroesoPackage.EFFECT__TO_YEAR:
				return getToYear();
			case CroesoPackage.EFFECT__ESOL_PROVIDER:
				if (resolve) return getEsolProvider();
				return basicGetEsolProvider();
			case CroesoPackage.EFFECT__SCHOOL:
				if (resolve) return getSchool();
				return basicGetSchool();
			case CroesoPackage.EFFECT__YEAR_GROUP:
				return getYearGroup();
			case CroesoPackage.EFFECT__ESOL_NEED:
				if (resolve) return getEsolNeed();
				return basicGetEsolNeed();
			case CroesoPackage.EFFECT__ASSUMPTION:
				if (resolve) return getAssumption();
				return basicGetAssumption();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CroesoPackage.EFFECT__TARGET:
				setTarget((EffectTarget)newValue);
				return;
			case CroesoPackage.EFFECT__AMOUNT:
				setAmount((Double)newValue);
				return;
			case CroesoPackage.EFFECT__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case CroesoPackage.EFFECT__TO_YEAR:
				setToYear((Integer)newValue);
				return;
			case CroesoPackage.EFFECT__ESOL_PROVIDER:
				setEsolProvider((EsolProvider)newValue);
				return;
			case CroesoPackage.EFFECT__SCHOOL:
				setSchool((SchoolUnit)newValue);
				return;
			case CroesoPackage.EFFECT__YEAR_GROUP:
				setYearGroup((YearGroup)newValue);
				return;
			case CroesoPackage.EFFECT__ESOL_NEED:
				setEsolNeed((EsolNeed)newValue);
				return;
			case CroesoPackage.EFFECT__ASSUMPTION:
				setAssumption((Assumption)newValue);
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
			case CroesoPackage.EFFECT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case CroesoPackage.EFFECT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case CroesoPackage.EFFECT__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case CroesoPackage.EFFECT__TO_YEAR:
				setToYear(TO_YEAR_EDEFAULT);
				return;
			case CroesoPackage.EFFECT__ESOL_PROVIDER:
				setEsolProvider((EsolProvider)null);
				return;
			case CroesoPackage.EFFECT__SCHOOL:
				setSchool((SchoolUnit)null);
				return;
			case CroesoPackage.EFFECT__YEAR_GROUP:
				setYearGroup(YEAR_GROUP_EDEFAULT);
				return;
			case CroesoPackage.EFFECT__ESOL_NEED:
				setEsolNeed((EsolNeed)null);
				return;
			case CroesoPackage.EFFECT__ASSUMPTION:
				setAssumption((Assumption)null);
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
			case CroesoPackage.EFFECT__TARGET:
				return target != TARGET_EDEFAULT;
			case CroesoPackage.EFFECT__AMOUNT:
				return amount != AMOUNT_EDEFAULT;
			case CroesoPackage.EFFECT__FROM_YEAR:
				return fromYear != FROM_YEAR_EDEFAULT;
			case CroesoPackage.EFFECT__TO_YEAR:
				return toYear != TO_YEAR_EDEFAULT;
			case CroesoPackage.EFFECT__ESOL_PROVIDER:
				return esolProvider != null;
			case CroesoPackage.EFFECT__SCHOOL:
				return school != null;
			case CroesoPackage.EFFECT__YEAR_GROUP:
				return yearGroup != YEAR_GROUP_EDEFAULT;
			case CroesoPackage.EFFECT__ESOL_NEED:
				return esolNeed != null;
			case CroesoPackage.EFFECT__ASSUMPTION:
				return assumption != null;
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
			case CroesoPackage.EFFECT___SUBJECT_MATCHES_TARGET__DIAGNOSTICCHAIN_MAP:
				return subjectMatchesTarget((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (target: ");
		result.append(target);
		result.append(", amount: ");
		result.append(amount);
		result.append(", fromYear: ");
		result.append(fromYear);
		result.append(", toYear: ");
		result.append(toYear);
		result.append(", yearGroup: ");
		result.append(yearGroup);
		result.append(')');
		return result.toString();
	}

} //EffectImpl
