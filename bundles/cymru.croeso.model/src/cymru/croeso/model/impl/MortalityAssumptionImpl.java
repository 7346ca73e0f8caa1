/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.MortalityAssumption;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mortality Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class MortalityAssumptionImpl extends GroupAssumptionImpl implements MortalityAssumption {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MortalityAssumptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.MORTALITY_ASSUMPTION;
	}

} //MortalityAssumptionImpl
