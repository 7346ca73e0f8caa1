/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Esol Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many adults of a group lack English and take up classes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.EsolNeed#getGroup <em>Group</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolNeed#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolNeed#getLackingEnglish <em>Lacking English</em>}</li>
 *   <li>{@link cymru.croeso.model.EsolNeed#getUptake <em>Uptake</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getEsolNeed()
 * @model
 * @generated
 */
public interface EsolNeed extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(PopulationGroup)
	 * @see cymru.croeso.model.CroesoPackage#getEsolNeed_Group()
	 * @model
	 * @generated
	 */
	PopulationGroup getGroup();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolNeed#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(PopulationGroup value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area; empty for every area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getEsolNeed_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolNeed#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Lacking English</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of adults lacking English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lacking English</em>' attribute.
	 * @see #setLackingEnglish(double)
	 * @see cymru.croeso.model.CroesoPackage#getEsolNeed_LackingEnglish()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double getLackingEnglish();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolNeed#getLackingEnglish <em>Lacking English</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lacking English</em>' attribute.
	 * @see #getLackingEnglish()
	 * @generated
	 */
	void setLackingEnglish(double value);

	/**
	 * Returns the value of the '<em><b>Uptake</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of those who take up a class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uptake</em>' attribute.
	 * @see #setUptake(double)
	 * @see cymru.croeso.model.CroesoPackage#getEsolNeed_Uptake()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double getUptake();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.EsolNeed#getUptake <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uptake</em>' attribute.
	 * @see #getUptake()
	 * @generated
	 */
	void setUptake(double value);

} // EsolNeed
