/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.PopulationGroup;

import cymru.croeso.model.validation.CroesoRules;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Base Population</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.BasePopulationImpl#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.BasePopulationImpl#getTopAge <em>Top Age</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.BasePopulationImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.BasePopulationImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.BasePopulationImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BasePopulationImpl extends ModelElementImpl implements BasePopulation {
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
	 * The default value of the '{@link #getTopAge() <em>Top Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopAge()
	 * @generated
	 * @ordered
	 */
	protected static final int TOP_AGE_EDEFAULT = 90;

	/**
	 * The cached value of the '{@link #getTopAge() <em>Top Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopAge()
	 * @generated
	 * @ordered
	 */
	protected int topAge = TOP_AGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> groups;

	/**
	 * The default value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected static final double[] VALUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected double[] values = VALUES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BasePopulationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.BASE_POPULATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.BASE_POPULATION__BASE_YEAR, oldBaseYear, baseYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTopAge() {
		return topAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopAge(int newTopAge) {
		int oldTopAge = topAge;
		topAge = newTopAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.BASE_POPULATION__TOP_AGE, oldTopAge, topAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas() {
		if (areas == null) {
			areas = new EObjectResolvingEList<Area>(Area.class, this, CroesoPackage.BASE_POPULATION__AREAS);
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
			groups = new EObjectResolvingEList<PopulationGroup>(PopulationGroup.class, this, CroesoPackage.BASE_POPULATION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getValues() {
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValues(double[] newValues) {
		double[] oldValues = values;
		values = newValues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.BASE_POPULATION__VALUES, oldValues, values));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean shapeMatches(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CroesoRules.shapeMatches(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.BASE_POPULATION__BASE_YEAR:
				return getBaseYear();
			case CroesoPackage.BASE_POPULATION__TOP_AGE:
				return getTopAge();
			case CroesoPackage.BASE_POPULATION__AREAS:
				return getAreas();
			case CroesoPackage.BASE_POPULATION__GROUPS:
				return getGroups();
			case CroesoPackage.BASE_POPULATION__VALUES:
				return getValues();
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
			case CroesoPackage.BASE_POPULATION__BASE_YEAR:
				setBaseYear((Integer)newValue);
				return;
			case CroesoPackage.BASE_POPULATION__TOP_AGE:
				setTopAge((Integer)newValue);
				return;
			case CroesoPackage.BASE_POPULATION__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case CroesoPackage.BASE_POPULATION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends PopulationGroup>)newValue);
				return;
			case CroesoPackage.BASE_POPULATION__VALUES:
				setValues((double[])newValue);
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
			case CroesoPackage.BASE_POPULATION__BASE_YEAR:
				setBaseYear(BASE_YEAR_EDEFAULT);
				return;
			case CroesoPackage.BASE_POPULATION__TOP_AGE:
				setTopAge(TOP_AGE_EDEFAULT);
				return;
			case CroesoPackage.BASE_POPULATION__AREAS:
				getAreas().clear();
				return;
			case CroesoPackage.BASE_POPULATION__GROUPS:
				getGroups().clear();
				return;
			case CroesoPackage.BASE_POPULATION__VALUES:
				setValues(VALUES_EDEFAULT);
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
			case CroesoPackage.BASE_POPULATION__BASE_YEAR:
				return baseYear != BASE_YEAR_EDEFAULT;
			case CroesoPackage.BASE_POPULATION__TOP_AGE:
				return topAge != TOP_AGE_EDEFAULT;
			case CroesoPackage.BASE_POPULATION__AREAS:
				return areas != null && !areas.isEmpty();
			case CroesoPackage.BASE_POPULATION__GROUPS:
				return groups != null && !groups.isEmpty();
			case CroesoPackage.BASE_POPULATION__VALUES:
				return VALUES_EDEFAULT == null ? values != null : !VALUES_EDEFAULT.equals(values);
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
			case CroesoPackage.BASE_POPULATION___SHAPE_MATCHES__DIAGNOSTICCHAIN_MAP:
				return shapeMatches((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (baseYear: ");
		result.append(baseYear);
		result.append(", topAge: ");
		result.append(topAge);
		result.append(", values: ");
		result.append(values);
		result.append(')');
		return result.toString();
	}

} //BasePopulationImpl
