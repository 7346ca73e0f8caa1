/**
 */
package cymru.croeso.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Effect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change an action makes to a capacity, a rate or a flow from a given year, up to a last year if it has one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.Effect#getTarget <em>Target</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getAmount <em>Amount</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getToYear <em>To Year</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getEsolProvider <em>Esol Provider</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getSchool <em>School</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getYearGroup <em>Year Group</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getEsolNeed <em>Esol Need</em>}</li>
 *   <li>{@link cymru.croeso.model.Effect#getAssumption <em>Assumption</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getEffect()
 * @model annotation="http://croeso.cymru/model/years fromYear='toYear'"
 * @generated
 */
public interface Effect extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.EffectTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see cymru.croeso.model.EffectTarget
	 * @see #setTarget(EffectTarget)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_Target()
	 * @model
	 * @generated
	 */
	EffectTarget getTarget();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see cymru.croeso.model.EffectTarget
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(EffectTarget value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much is added: places, rate points as a fraction, or people a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_Amount()
	 * @model
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year of the effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_FromYear()
	 * @model
	 * @generated
	 */
	int getFromYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(int value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last year of the effect; 0 for an effect that lasts to the end of every horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_ToYear()
	 * @model annotation="http://croeso.cymru/model/openEnd"
	 * @generated
	 */
	int getToYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(int value);

	/**
	 * Returns the value of the '<em><b>Esol Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ESOL provider whose places change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Provider</em>' reference.
	 * @see #setEsolProvider(EsolProvider)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_EsolProvider()
	 * @model
	 * @generated
	 */
	EsolProvider getEsolProvider();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getEsolProvider <em>Esol Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Esol Provider</em>' reference.
	 * @see #getEsolProvider()
	 * @generated
	 */
	void setEsolProvider(EsolProvider value);

	/**
	 * Returns the value of the '<em><b>School</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The school or planning area whose places change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>School</em>' reference.
	 * @see #setSchool(SchoolUnit)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_School()
	 * @model
	 * @generated
	 */
	SchoolUnit getSchool();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getSchool <em>School</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School</em>' reference.
	 * @see #getSchool()
	 * @generated
	 */
	void setSchool(SchoolUnit value);

	/**
	 * Returns the value of the '<em><b>Year Group</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.YearGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year group whose places change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year Group</em>' attribute.
	 * @see cymru.croeso.model.YearGroup
	 * @see #setYearGroup(YearGroup)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_YearGroup()
	 * @model
	 * @generated
	 */
	YearGroup getYearGroup();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getYearGroup <em>Year Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Group</em>' attribute.
	 * @see cymru.croeso.model.YearGroup
	 * @see #getYearGroup()
	 * @generated
	 */
	void setYearGroup(YearGroup value);

	/**
	 * Returns the value of the '<em><b>Esol Need</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ESOL need whose uptake rate changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Need</em>' reference.
	 * @see #setEsolNeed(EsolNeed)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_EsolNeed()
	 * @model
	 * @generated
	 */
	EsolNeed getEsolNeed();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getEsolNeed <em>Esol Need</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Esol Need</em>' reference.
	 * @see #getEsolNeed()
	 * @generated
	 */
	void setEsolNeed(EsolNeed value);

	/**
	 * Returns the value of the '<em><b>Assumption</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assumption whose rate or flow changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumption</em>' reference.
	 * @see #setAssumption(Assumption)
	 * @see cymru.croeso.model.CroesoPackage#getEffect_Assumption()
	 * @model
	 * @generated
	 */
	Assumption getAssumption();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.Effect#getAssumption <em>Assumption</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumption</em>' reference.
	 * @see #getAssumption()
	 * @generated
	 */
	void setAssumption(Assumption value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The effect names the thing its target needs.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean subjectMatchesTarget(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Effect
