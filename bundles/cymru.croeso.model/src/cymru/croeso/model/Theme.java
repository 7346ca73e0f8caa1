/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A theme of the strategy, usually one of the framework's domains.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Theme#getNameEn <em>Name En</em>}</li>
 *   <li>{@link cymru.croeso.model.Theme#getNameCy <em>Name Cy</em>}</li>
 *   <li>{@link cymru.croeso.model.Theme#getDomain <em>Domain</em>}</li>
 *   <li>{@link cymru.croeso.model.Theme#getAims <em>Aims</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getTheme()
 * @model
 * @generated
 */
public interface Theme extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The English name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see cymru.croeso.model.CroesoPackage#getTheme_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Theme#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Name Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Welsh name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Cy</em>' attribute.
	 * @see #setNameCy(String)
	 * @see cymru.croeso.model.CroesoPackage#getTheme_NameCy()
	 * @model
	 * @generated
	 */
	String getNameCy();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Theme#getNameCy <em>Name Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Cy</em>' attribute.
	 * @see #getNameCy()
	 * @generated
	 */
	void setNameCy(String value);

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
	 * @see cymru.croeso.model.CroesoPackage#getTheme_Domain()
	 * @model
	 * @generated
	 */
	IntegrationDomain getDomain();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Theme#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see cymru.croeso.model.IntegrationDomain
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(IntegrationDomain value);

	/**
	 * Returns the value of the '<em><b>Aims</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Aim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The aims.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aims</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getTheme_Aims()
	 * @model containment="true"
	 * @generated
	 */
	EList<Aim> getAims();

} // Theme
