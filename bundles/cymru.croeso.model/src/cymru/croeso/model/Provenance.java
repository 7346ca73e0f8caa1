/**
 */
package cymru.croeso.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source of imported or derived figures, and whether they are illustrative rather than official.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Provenance#getSource <em>Source</em>}</li>
 *   <li>{@link cymru.croeso.model.Provenance#getNote <em>Note</em>}</li>
 *   <li>{@link cymru.croeso.model.Provenance#isIllustrative <em>Illustrative</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publication, table or file the figures come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see cymru.croeso.model.CroesoPackage#getProvenance_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Provenance#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the figures were derived or what to bear in mind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see cymru.croeso.model.CroesoPackage#getProvenance_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Provenance#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the figures are illustrative, not official statistics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illustrative</em>' attribute.
	 * @see #setIllustrative(boolean)
	 * @see cymru.croeso.model.CroesoPackage#getProvenance_Illustrative()
	 * @model
	 * @generated
	 */
	boolean isIllustrative();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Provenance#isIllustrative <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Illustrative</em>' attribute.
	 * @see #isIllustrative()
	 * @generated
	 */
	void setIllustrative(boolean value);

} // Provenance
