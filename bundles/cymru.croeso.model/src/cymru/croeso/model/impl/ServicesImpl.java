/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.GpPractice;
import cymru.croeso.model.HousingStock;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.Services;

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
 * An implementation of the model object '<em><b>Services</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.ServicesImpl#getSchoolEstates <em>School Estates</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServicesImpl#getEsolProviders <em>Esol Providers</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServicesImpl#getEsolNeeds <em>Esol Needs</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServicesImpl#getHousingStocks <em>Housing Stocks</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServicesImpl#getGpPractices <em>Gp Practices</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServicesImpl#getAssumptions <em>Assumptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServicesImpl extends ModelElementImpl implements Services {
	/**
	 * The cached value of the '{@link #getSchoolEstates() <em>School Estates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchoolEstates()
	 * @generated
	 * @ordered
	 */
	protected EList<SchoolEstate> schoolEstates;

	/**
	 * The cached value of the '{@link #getEsolProviders() <em>Esol Providers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolProviders()
	 * @generated
	 * @ordered
	 */
	protected EList<EsolProvider> esolProviders;

	/**
	 * The cached value of the '{@link #getEsolNeeds() <em>Esol Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<EsolNeed> esolNeeds;

	/**
	 * The cached value of the '{@link #getHousingStocks() <em>Housing Stocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousingStocks()
	 * @generated
	 * @ordered
	 */
	protected EList<HousingStock> housingStocks;

	/**
	 * The cached value of the '{@link #getGpPractices() <em>Gp Practices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpPractices()
	 * @generated
	 * @ordered
	 */
	protected EList<GpPractice> gpPractices;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected ServiceAssumptions assumptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServicesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SERVICES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SchoolEstate> getSchoolEstates() {
		if (schoolEstates == null) {
			schoolEstates = new EObjectContainmentEList<SchoolEstate>(SchoolEstate.class, this, CroesoPackage.SERVICES__SCHOOL_ESTATES);
		}
		return schoolEstates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EsolProvider> getEsolProviders() {
		if (esolProviders == null) {
			esolProviders = new EObjectContainmentEList<EsolProvider>(EsolProvider.class, this, CroesoPackage.SERVICES__ESOL_PROVIDERS);
		}
		return esolProviders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EsolNeed> getEsolNeeds() {
		if (esolNeeds == null) {
			esolNeeds = new EObjectContainmentEList<EsolNeed>(EsolNeed.class, this, CroesoPackage.SERVICES__ESOL_NEEDS);
		}
		return esolNeeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HousingStock> getHousingStocks() {
		if (housingStocks == null) {
			housingStocks = new EObjectContainmentEList<HousingStock>(HousingStock.class, this, CroesoPackage.SERVICES__HOUSING_STOCKS);
		}
		return housingStocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GpPractice> getGpPractices() {
		if (gpPractices == null) {
			gpPractices = new EObjectContainmentEList<GpPractice>(GpPractice.class, this, CroesoPackage.SERVICES__GP_PRACTICES);
		}
		return gpPractices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAssumptions getAssumptions() {
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAssumptions(ServiceAssumptions newAssumptions, NotificationChain msgs) {
		ServiceAssumptions oldAssumptions = assumptions;
		assumptions = newAssumptions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICES__ASSUMPTIONS, oldAssumptions, newAssumptions);
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
	public void setAssumptions(ServiceAssumptions newAssumptions) {
		if (newAssumptions != assumptions) {
			NotificationChain msgs = null;
			if (assumptions != null)
				msgs = ((InternalEObject)assumptions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.SERVICES__ASSUMPTIONS, null, msgs);
			if (newAssumptions != null)
				msgs = ((InternalEObject)newAssumptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CroesoPackage.SERVICES__ASSUMPTIONS, null, msgs);
			msgs = basicSetAssumptions(newAssumptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICES__ASSUMPTIONS, newAssumptions, newAssumptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.SERVICES__SCHOOL_ESTATES:
				return ((InternalEList<?>)getSchoolEstates()).basicRemove(otherEnd, msgs);
			case CroesoPackage.SERVICES__ESOL_PROVIDERS:
				return ((InternalEList<?>)getEsolProviders()).basicRemove(otherEnd, msgs);
			case CroesoPackage.SERVICES__ESOL_NEEDS:
				return ((InternalEList<?>)getEsolNeeds()).basicRemove(otherEnd, msgs);
			case CroesoPackage.SERVICES__HOUSING_STOCKS:
				return ((InternalEList<?>)getHousingStocks()).basicRemove(otherEnd, msgs);
			case CroesoPackage.SERVICES__GP_PRACTICES:
				return ((InternalEList<?>)getGpPractices()).basicRemove(otherEnd, msgs);
			case CroesoPackage.SERVICES__ASSUMPTIONS:
				return basicSetAssumptions(null, msgs);
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
			case CroesoPackage.SERVICES__SCHOOL_ESTATES:
				return getSchoolEstates();
			case CroesoPackage.SERVICES__ESOL_PROVIDERS:
				return getEsolProviders();
			case CroesoPackage.SERVICES__ESOL_NEEDS:
				return getEsolNeeds();
			case CroesoPackage.SERVICES__HOUSING_STOCKS:
				return getHousingStocks();
			case CroesoPackage.SERVICES__GP_PRACTICES:
				return getGpPractices();
			case CroesoPackage.SERVICES__ASSUMPTIONS:
				return getAssumptions();
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
			case CroesoPackage.SERVICES__SCHOOL_ESTATES:
				getSchoolEstates().clear();
				getSchoolEstates().addAll((Collection<? extends SchoolEstate>)newValue);
				return;
			case CroesoPackage.SERVICES__ESOL_PROVIDERS:
				getEsolProviders().clear();
				getEsolProviders().addAll((Collection<? extends EsolProvider>)newValue);
				return;
			case CroesoPackage.SERVICES__ESOL_NEEDS:
				getEsolNeeds().clear();
				getEsolNeeds().addAll((Collection<? extends EsolNeed>)newValue);
				return;
			case CroesoPackage.SERVICES__HOUSING_STOCKS:
				getHousingStocks().clear();
				getHousingStocks().addAll((Collection<? extends HousingStock>)newValue);
				return;
			case CroesoPackage.SERVICES__GP_PRACTICES:
				getGpPractices().clear();
				getGpPractices().addAll((Collection<? extends GpPractice>)newValue);
				return;
			case CroesoPackage.SERVICES__ASSUMPTIONS:
				setAssumptions((ServiceAssumptions)newValue);
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
			case CroesoPackage.SERVICES__SCHOOL_ESTATES:
				getSchoolEstates().clear();
				return;
			case CroesoPackage.SERVICES__ESOL_PROVIDERS:
				getEsolProviders().clear();
				return;
			case CroesoPackage.SERVICES__ESOL_NEEDS:
				getEsolNeeds().clear();
				return;
			case CroesoPackage.SERVICES__HOUSING_STOCKS:
				getHousingStocks().clear();
				return;
			case CroesoPackage.SERVICES__GP_PRACTICES:
				getGpPractices().clear();
				return;
			case CroesoPackage.SERVICES__ASSUMPTIONS:
				setAssumptions((ServiceAssumptions)null);
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
			case CroesoPackage.SERVICES__SCHOOL_ESTATES:
				return schoolEstates != null && !schoolEstates.isEmpty();
			case CroesoPackage.SERVICES__ESOL_PROVIDERS:
				return esolProviders != null && !esolProviders.isEmpty();
			case CroesoPackage.SERVICES__ESOL_NEEDS:
				return esolNeeds != null && !esolNeeds.isEmpty();
			case CroesoPackage.SERVICES__HOUSING_STOCKS:
				return housingStocks != null && !housingStocks.isEmpty();
			case CroesoPackage.SERVICES__GP_PRACTICES:
				return gpPractices != null && !gpPractices.isEmpty();
			case CroesoPackage.SERVICES__ASSUMPTIONS:
				return assumptions != null;
		}
		return super.eIsSet(featureID);
	}

} //ServicesImpl
