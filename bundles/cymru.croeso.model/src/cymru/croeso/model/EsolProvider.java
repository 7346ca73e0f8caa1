/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Esol Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A provider of English classes for adults (ESOL).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.EsolProvider#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolProvider#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolProvider#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolProvider#getPlaces <em>Places</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolProvider#getGuidedHours <em>Guided Hours</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolProvider#getCostPerHour <em>Cost Per Hour</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getEsolProvider()
 * @model
 * @generated
 */
public interface EsolProvider extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getEsolProvider_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolProvider#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation running the classes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see cymru.croeso.model.CroesoPackage#getEsolProvider_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolProvider#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area served.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getEsolProvider_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolProvider#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Class places a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Places</em>' attribute.
	 * @see #setPlaces(int)
	 * @see cymru.croeso.model.CroesoPackage#getEsolProvider_Places()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	int getPlaces();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolProvider#getPlaces <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Places</em>' attribute.
	 * @see #getPlaces()
	 * @generated
	 */
	void setPlaces(int value);

	/**
	 * Returns the value of the '<em><b>Guided Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guided learning hours a place a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guided Hours</em>' attribute.
	 * @see #setGuidedHours(double)
	 * @see cymru.croeso.model.CroesoPackage#getEsolProvider_GuidedHours()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double getGuidedHours();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolProvider#getGuidedHours <em>Guided Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guided Hours</em>' attribute.
	 * @see #getGuidedHours()
	 * @generated
	 */
	void setGuidedHours(double value);

	/**
	 * Returns the value of the '<em><b>Cost Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of a guided learning hour, in pounds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Per Hour</em>' attribute.
	 * @see #setCostPerHour(double)
	 * @see cymru.croeso.model.CroesoPackage#getEsolProvider_CostPerHour()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double getCostPerHour();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolProvider#getCostPerHour <em>Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Per Hour</em>' attribute.
	 * @see #getCostPerHour()
	 * @generated
	 */
	void setCostPerHour(double value);

} // EsolProvider
