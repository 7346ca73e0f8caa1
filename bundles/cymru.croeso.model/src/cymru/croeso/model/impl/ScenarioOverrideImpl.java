/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.ScenarioOverride;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario Override</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.ScenarioOverrideImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioOverrideImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioOverrideImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ScenarioOverrideImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioOverrideImpl extends ModelElementImpl implements ScenarioOverride {
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Assumption target;

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
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final OverrideMode MODE_EDEFAULT = OverrideMode.MULTIPLIER;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected OverrideMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioOverrideImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SCENARIO_OVERRIDE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumption getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Assumption)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.SCENARIO_OVERRIDE__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assumption basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Assumption newTarget) {
		Assumption oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO_OVERRIDE__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO_OVERRIDE__FROM_YEAR, oldFromYear, fromYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverrideMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(OverrideMode newMode) {
		OverrideMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO_OVERRIDE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SCENARIO_OVERRIDE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.SCENARIO_OVERRIDE__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case CroesoPackage.SCENARIO_OVERRIDE__FROM_YEAR:
				return getFromYear();
			case CroesoPackage.SCENARIO_OVERRIDE__MODE:
				return getMode();
			case CroesoPackage.SCENARIO_OVERRIDE__VALUE:
				return getValue();
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
			case CroesoPackage.SCENARIO_OVERRIDE__TARGET:
				setTarget((Assumption)newValue);
				return;
			case CroesoPackage.SCENARIO_OVERRIDE__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case CroesoPackage.SCENARIO_OVERRIDE__MODE:
				setMode((OverrideMode)newValue);
				return;
			case CroesoPackage.SCENARIO_OVERRIDE__VALUE:
				setValue((Double)newValue);
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
			case CroesoPackage.SCENARIO_OVERRIDE__TARGET:
				setTarget((Assumption)null);
				return;
			case CroesoPackage.SCENARIO_OVERRIDE__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SCENARIO_OVERRIDE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case CroesoPackage.SCENARIO_OVERRIDE__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case CroesoPackage.SCENARIO_OVERRIDE__TARGET:
				return target != null;
			case CroesoPackage.SCENARIO_OVERRIDE__FROM_YEAR:
				return fromYear != FROM_YEAR_EDEFAULT;
			case CroesoPackage.SCENARIO_OVERRIDE__MODE:
				return mode != MODE_EDEFAULT;
			case CroesoPackage.SCENARIO_OVERRIDE__VALUE:
				return value != VALUE_EDEFAULT;
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
		result.append(" (fromYear: ");
		result.append(fromYear);
		result.append(", mode: ");
		result.append(mode);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //ScenarioOverrideImpl
