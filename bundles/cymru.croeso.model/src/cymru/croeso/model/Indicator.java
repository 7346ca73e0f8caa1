/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An integration indicator from the framework's catalogue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Indicator#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.Indicator#getDomain <em>Domain</em>}</li>
 *   <li>{@link cymru.croeso.model.Indicator#getWording <em>Wording</em>}</li>
 *   <li>{@link cymru.croeso.model.Indicator#getWellBeingIndicator <em>Well Being Indicator</em>}</li>
 *   <li>{@link cymru.croeso.model.Indicator#isDataForMigrants <em>Data For Migrants</em>}</li>
 *   <li>{@link cymru.croeso.model.Indicator#isDataForUkBorn <em>Data For Uk Born</em>}</li>
 *   <li>{@link cymru.croeso.model.Indicator#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Indicator#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.IntegrationDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The framework domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see cymru.croeso.model.IntegrationDomain
	 * @see #setDomain(IntegrationDomain)
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_Domain()
	 * @model
	 * @generated
	 */
	IntegrationDomain getDomain();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Indicator#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see cymru.croeso.model.IntegrationDomain
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(IntegrationDomain value);

	/**
	 * Returns the value of the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the indicator measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wording</em>' attribute.
	 * @see #setWording(String)
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_Wording()
	 * @model
	 * @generated
	 */
	String getWording();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Indicator#getWording <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wording</em>' attribute.
	 * @see #getWording()
	 * @generated
	 */
	void setWording(String value);

	/**
	 * Returns the value of the '<em><b>Well Being Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of the linked Wellbeing of Wales national indicator, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Well Being Indicator</em>' attribute.
	 * @see #setWellBeingIndicator(Integer)
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_WellBeingIndicator()
	 * @model
	 * @generated
	 */
	Integer getWellBeingIndicator();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Indicator#getWellBeingIndicator <em>Well Being Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Well Being Indicator</em>' attribute.
	 * @see #getWellBeingIndicator()
	 * @generated
	 */
	void setWellBeingIndicator(Integer value);

	/**
	 * Returns the value of the '<em><b>Data For Migrants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when data exist for migrants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data For Migrants</em>' attribute.
	 * @see #setDataForMigrants(boolean)
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_DataForMigrants()
	 * @model
	 * @generated
	 */
	boolean isDataForMigrants();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Indicator#isDataForMigrants <em>Data For Migrants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data For Migrants</em>' attribute.
	 * @see #isDataForMigrants()
	 * @generated
	 */
	void setDataForMigrants(boolean value);

	/**
	 * Returns the value of the '<em><b>Data For Uk Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when data exist for UK-born people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data For Uk Born</em>' attribute.
	 * @see #setDataForUkBorn(boolean)
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_DataForUkBorn()
	 * @model
	 * @generated
	 */
	boolean isDataForUkBorn();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Indicator#isDataForUkBorn <em>Data For Uk Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data For Uk Born</em>' attribute.
	 * @see #isDataForUkBorn()
	 * @generated
	 */
	void setDataForUkBorn(boolean value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measurements by year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getIndicator_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Indicator
