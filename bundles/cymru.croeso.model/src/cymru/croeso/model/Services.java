/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Services</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The public services whose demand the projection drives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Services#getSchoolEstates <em>School Estates</em>}</li>
 *   <li>{@link cymru.croeso.model.Services#getEsolProviders <em>Esol Providers</em>}</li>
 *   <li>{@link cymru.croeso.model.Services#getEsolNeeds <em>Esol Needs</em>}</li>
 *   <li>{@link cymru.croeso.model.Services#getHousingStocks <em>Housing Stocks</em>}</li>
 *   <li>{@link cymru.croeso.model.Services#getGpPractices <em>Gp Practices</em>}</li>
 *   <li>{@link cymru.croeso.model.Services#getAssumptions <em>Assumptions</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getServices()
 * @model
 * @generated
 */
public interface Services extends ModelElement {
	/**
	 * Returns the value of the '<em><b>School Estates</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.SchoolEstate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * School estates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>School Estates</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getServices_SchoolEstates()
	 * @model containment="true"
	 * @generated
	 */
	EList<SchoolEstate> getSchoolEstates();

	/**
	 * Returns the value of the '<em><b>Esol Providers</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.EsolProvider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ESOL providers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Providers</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getServices_EsolProviders()
	 * @model containment="true"
	 * @generated
	 */
	EList<EsolProvider> getEsolProviders();

	/**
	 * Returns the value of the '<em><b>Esol Needs</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.EsolNeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Need for ESOL by group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Needs</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getServices_EsolNeeds()
	 * @model containment="true"
	 * @generated
	 */
	EList<EsolNeed> getEsolNeeds();

	/**
	 * Returns the value of the '<em><b>Housing Stocks</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.HousingStock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Housing stock and pipeline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Housing Stocks</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getServices_HousingStocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<HousingStock> getHousingStocks();

	/**
	 * Returns the value of the '<em><b>Gp Practices</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.GpPractice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GP practices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gp Practices</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getServices_GpPractices()
	 * @model containment="true"
	 * @generated
	 */
	EList<GpPractice> getGpPractices();

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rates, shares and thresholds of the service calculations; without them every figure has its documented default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference.
	 * @see #setAssumptions(ServiceAssumptions)
	 * @see cymru.croeso.model.CroesoPackage#getServices_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	ServiceAssumptions getAssumptions();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Services#getAssumptions <em>Assumptions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumptions</em>' containment reference.
	 * @see #getAssumptions()
	 * @generated
	 */
	void setAssumptions(ServiceAssumptions value);

} // Services
