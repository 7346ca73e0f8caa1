/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.PopulationGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group Transition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.GroupTransitionImpl#getFrom <em>From</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GroupTransitionImpl#getTo <em>To</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GroupTransitionImpl#getShare <em>Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.GroupTransitionImpl#getSharesByAge <em>Shares By Age</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupTransitionImpl extends AssumptionImpl implements GroupTransition {
	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected PopulationGroup from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected PopulationGroup to;

	/**
	 * The default value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected double share = SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSharesByAge() <em>Shares By Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharesByAge()
	 * @generated
	 * @ordered
	 */
	protected static final double[] SHARES_BY_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSharesByAge() <em>Shares By Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharesByAge()
	 * @generated
	 * @ordered
	 */
	protected double[] sharesByAge = SHARES_BY_AGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupTransitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.GROUP_TRANSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationGroup getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (PopulationGroup)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.GROUP_TRANSITION__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationGroup basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(PopulationGroup newFrom) {
		PopulationGroup oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GROUP_TRANSITION__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationGroup getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (PopulationGroup)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CroesoPackage.GROUP_TRANSITION__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationGroup basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(PopulationGroup newTo) {
		PopulationGroup oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GROUP_TRANSITION__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShare() {
		return share;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShare(double newShare) {
		double oldShare = share;
		share = newShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GROUP_TRANSITION__SHARE, oldShare, share));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getSharesByAge() {
		return sharesByAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharesByAge(double[] newSharesByAge) {
		double[] oldSharesByAge = sharesByAge;
		sharesByAge = newSharesByAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.GROUP_TRANSITION__SHARES_BY_AGE, oldSharesByAge, sharesByAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.GROUP_TRANSITION__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case CroesoPackage.GROUP_TRANSITION__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case CroesoPackage.GROUP_TRANSITION__SHARE:
				return getShare();
			case CroesoPackage.GROUP_TRANSITION__SHARES_BY_AGE:
				return getSharesByAge();
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
			case CroesoPackage.GROUP_TRANSITION__FROM:
				setFrom((PopulationGroup)newValue);
				return;
			case CroesoPackage.GROUP_TRANSITION__TO:
				setTo((PopulationGroup)newValue);
				return;
			case CroesoPackage.GROUP_TRANSITION__SHARE:
				setShare((Double)newValue);
				return;
			case CroesoPackage.GROUP_TRANSITION__SHARES_BY_AGE:
				setSharesByAge((double[])newValue);
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
			case CroesoPackage.GROUP_TRANSITION__FROM:
				setFrom((PopulationGroup)null);
				return;
			case CroesoPackage.GROUP_TRANSITION__TO:
				setTo((PopulationGroup)null);
				return;
			case CroesoPackage.GROUP_TRANSITION__SHARE:
				setShare(SHARE_EDEFAULT);
				return;
			case CroesoPackage.GROUP_TRANSITION__SHARES_BY_AGE:
				setSharesByAge(SHARES_BY_AGE_EDEFAULT);
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
			case CroesoPackage.GROUP_TRANSITION__FROM:
				return from != null;
			case CroesoPackage.GROUP_TRANSITION__TO:
				return to != null;
			case CroesoPackage.GROUP_TRANSITION__SHARE:
				return share != SHARE_EDEFAULT;
			case CroesoPackage.GROUP_TRANSITION__SHARES_BY_AGE:
				return SHARES_BY_AGE_EDEFAULT == null ? sharesByAge != null : !SHARES_BY_AGE_EDEFAULT.equals(sharesByAge);
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
		result.append(" (share: ");
		result.append(share);
		result.append(", sharesByAge: ");
		result.append(sharesByAge);
		result.append(')');
		return result.toString();
	}

} //GroupTransitionImpl
