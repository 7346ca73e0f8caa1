/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.SpecialFlow;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Special Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.SpecialFlowImpl#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SpecialFlowImpl#getPerYear <em>Per Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SpecialFlowImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SpecialFlowImpl#getToYear <em>To Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.SpecialFlowImpl#getProfile <em>Profile</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpecialFlowImpl extends GroupAssumptionImpl implements SpecialFlow {
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
	 * The default value of the '{@link #getPerYear() <em>Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPerYear() <em>Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerYear()
	 * @generated
	 * @ordered
	 */
	protected double perYear = PER_YEAR_EDEFAULT;

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
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected MigrationSchedule profile;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpecialFlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SPECIAL_FLOW;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SPECIAL_FLOW__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPerYear() {
		return perYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerYear(double newPerYear) {
		double oldPerYear = perYear;
		perYear = newPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SPECIAL_FLOW__PER_YEAR, oldPerYear, perYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SPECIAL_FLOW__FROM_YEAR, oldFromYear, fromYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SPECIAL_FLOW__TO_YEAR, oldToYear, toYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationSchedule getProfile() {
		if (profile != null && profile.eIsProxy()) {
			InternalEObject oldProfile = (InternalEObject)profile;
			profile = (MigrationSchedule)eResolveProxy(oldProfile);
			if (profile != oldProfile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.SPECIAL_FLOW__PROFILE, oldProfile, profile));
			}
		}
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MigrationSchedule basicGetProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(MigrationSchedule newProfile) {
		MigrationSchedule oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SPECIAL_FLOW__PROFILE, oldProfile, profile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.SPECIAL_FLOW__NAME:
				return getName();
			case CroesoPackage.SPECIAL_FLOW__PER_YEAR:
				return getPerYear();
			case CroesoPackage.SPECIAL_FLOW__FROM_YEAR:
				return getFromYear();
			case CroesoPackage.SPECIAL_FLOW__TO_YEAR:
				return getToYear();
			case CroesoPackage.SPECIAL_FLOW__PROFILE:
				if (resolve) return getProfile();
				return basicGetProfile();
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
			case CroesoPackage.SPECIAL_FLOW__NAME:
				setName((String)newValue);
				return;
			case CroesoPackage.SPECIAL_FLOW__PER_YEAR:
				setPerYear((Double)newValue);
				return;
			case CroesoPackage.SPECIAL_FLOW__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case CroesoPackage.SPECIAL_FLOW__TO_YEAR:
				setToYear((Integer)newValue);
				return;
			case CroesoPackage.SPECIAL_FLOW__PROFILE:
				setProfile((MigrationSchedule)newValue);
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
			case CroesoPackage.SPECIAL_FLOW__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CroesoPackage.SPECIAL_FLOW__PER_YEAR:
				setPerYear(PER_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SPECIAL_FLOW__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SPECIAL_FLOW__TO_YEAR:
				setToYear(TO_YEAR_EDEFAULT);
				return;
			case CroesoPackage.SPECIAL_FLOW__PROFILE:
				setProfile((MigrationSchedule)null);
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
			case CroesoPackage.SPECIAL_FLOW__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CroesoPackage.SPECIAL_FLOW__PER_YEAR:
				return perYear != PER_YEAR_EDEFAULT;
			case CroesoPackage.SPECIAL_FLOW__FROM_YEAR:
				return fromYear != FROM_YEAR_EDEFAULT;
			case CroesoPackage.SPECIAL_FLOW__TO_YEAR:
				return toYear != TO_YEAR_EDEFAULT;
			case CroesoPackage.SPECIAL_FLOW__PROFILE:
				return profile != null;
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
		result.append(", perYear: ");
		result.append(perYear);
		result.append(", fromYear: ");
		result.append(fromYear);
		result.append(", toYear: ");
		result.append(toYear);
		result.append(')');
		return result.toString();
	}

} //SpecialFlowImpl
