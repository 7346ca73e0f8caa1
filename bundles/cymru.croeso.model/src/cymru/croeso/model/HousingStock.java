/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Housing Stock</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The dwellings of an area and those in the pipeline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.HousingStock#getArea <em>Area</em>}</li>
 *   <li>{@link cymru.croeso.model.HousingStock#getDwellings <em>Dwellings</em>}</li>
 *   <li>{@link cymru.croeso.model.HousingStock#getPipeline <em>Pipeline</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getHousingStock()
 * @model
 * @generated
 */
public interface HousingStock extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see cymru.croeso.model.CroesoPackage#getHousingStock_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.HousingStock#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Dwellings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dwellings at the base year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dwellings</em>' attribute.
	 * @see #setDwellings(int)
	 * @see cymru.croeso.model.CroesoPackage#getHousingStock_Dwellings()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	int getDwellings();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.HousingStock#getDwellings <em>Dwellings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dwellings</em>' attribute.
	 * @see #getDwellings()
	 * @generated
	 */
	void setDwellings(int value);

	/**
	 * Returns the value of the '<em><b>Pipeline</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.HousingCompletion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dwellings expected to be completed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pipeline</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getHousingStock_Pipeline()
	 * @model containment="true"
	 * @generated
	 */
	EList<HousingCompletion> getPipeline();

} // HousingStock
