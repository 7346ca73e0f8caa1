/**
 */
package cymru.croeso.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything in a Croeso project; carries the rules every element obeys and an optional provenance note.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.ModelElement#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getModelElement()
 * @model abstract="true"
 * @generated
 */
public interface ModelElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where this element's figures come from, if imported or derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see cymru.croeso.model.CroesoPackage#getModelElement_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ModelElement#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numbers marked with bounds in the model (probabilities, counts, capacities) lie within them and are finite.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean withinBounds(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year ranges marked in the model (from/to, start/end, base/end) are in order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean yearsOrdered(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every area, group or other element this one refers to exists in the same project.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean referencesInProject(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ModelElement
