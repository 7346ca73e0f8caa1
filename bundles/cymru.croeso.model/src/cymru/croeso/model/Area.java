/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A local authority or a part of one, with its official code and English and Welsh names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Area#getCode <em>Code</em>}</li>
 *   <li>{@link cymru.croeso.model.Area#getNameEn <em>Name En</em>}</li>
 *   <li>{@link cymru.croeso.model.Area#getNameCy <em>Name Cy</em>}</li>
 *   <li>{@link cymru.croeso.model.Area#getKind <em>Kind</em>}</li>
 *   <li>{@link cymru.croeso.model.Area#getSubAreas <em>Sub Areas</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getArea()
 * @model
 * @generated
 */
public interface Area extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official code, such as W06000015.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see cymru.croeso.model.CroesoPackage#getArea_Code()
	 * @model id="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Area#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The English name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see cymru.croeso.model.CroesoPackage#getArea_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Area#getNameEn <em>Name En</em>}' attribute.
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
	 * @see cymru.croeso.model.CroesoPackage#getArea_NameCy()
	 * @model
	 * @generated
	 */
	String getNameCy();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Area#getNameCy <em>Name Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Cy</em>' attribute.
	 * @see #getNameCy()
	 * @generated
	 */
	void setNameCy(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.AreaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of area this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cymru.croeso.model.AreaKind
	 * @see #setKind(AreaKind)
	 * @see cymru.croeso.model.CroesoPackage#getArea_Kind()
	 * @model
	 * @generated
	 */
	AreaKind getKind();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Area#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cymru.croeso.model.AreaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AreaKind value);

	/**
	 * Returns the value of the '<em><b>Sub Areas</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smaller areas inside this one, such as school planning areas or wards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Areas</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getArea_SubAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getSubAreas();

} // Area
