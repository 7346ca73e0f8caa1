/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>School Estate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The schools or school planning areas of one area.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.SchoolEstate#getName <em>Name</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolEstate#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolEstate#getEalShare <em>Eal Share</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolEstate#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getSchoolEstate()
 * @model
 * @generated
 */
public interface SchoolEstate extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The estate's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolEstate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolEstate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area the estate serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolEstate_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolEstate#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Eal Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of pupils needing English or Welsh as an additional language support.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eal Share</em>' attribute.
	 * @see #setEalShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolEstate_EalShare()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double getEalShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolEstate#getEalShare <em>Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eal Share</em>' attribute.
	 * @see #getEalShare()
	 * @generated
	 */
	void setEalShare(double value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.SchoolUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schools or planning areas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getSchoolEstate_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<SchoolUnit> getUnits();

} // SchoolEstate
