/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mortality Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How likely people are to die, by sex and age.
 * <!-- end-model-doc -->
 *
 *
 * @see cymru.croeso.model.CroesoPackage#getMortalityAssumption()
 * @model abstract="true"
 * @generated
 */
public interface MortalityAssumption extends GroupAssumption {
} // MortalityAssumption
