/**
 */
package cymru.croeso.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Base Population</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Persons by area, group, sex and single year of age at the base year, stored as one compact array.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.BasePopulation#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link cymru.croeso.model.BasePopulation#getTopAge <em>Top Age</em>}</li>
 *   <li>{@link cymru.croeso.model.BasePopulation#getAreas <em>Areas</em>}</li>
 *   <li>{@link cymru.croeso.model.BasePopulation#getGroups <em>Groups</em>}</li>
 *   <li>{@link cymru.croeso.model.BasePopulation#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getBasePopulation()
 * @model
 * @generated
 */
public interface BasePopulation extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year (mid-year) the population refers to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Year</em>' attribute.
	 * @see #setBaseYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getBasePopulation_BaseYear()
	 * @model
	 * @generated
	 */
	int getBaseYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.BasePopulation#getBaseYear <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Year</em>' attribute.
	 * @see #getBaseYear()
	 * @generated
	 */
	void setBaseYear(int value);

	/**
	 * Returns the value of the '<em><b>Top Age</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last single year of age; it stands for that age and over.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Top Age</em>' attribute.
	 * @see #setTopAge(int)
	 * @see cymru.croeso.model.CroesoPackage#getBasePopulation_TopAge()
	 * @model default="90"
	 * @generated
	 */
	int getTopAge();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.BasePopulation#getTopAge <em>Top Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top Age</em>' attribute.
	 * @see #getTopAge()
	 * @generated
	 */
	void setTopAge(int value);

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' reference list.
	 * The list contents are of type {@link cymru.croeso.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The areas in the order of the array.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas</em>' reference list.
	 * @see cymru.croeso.model.CroesoPackage#getBasePopulation_Areas()
	 * @model
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' reference list.
	 * The list contents are of type {@link cymru.croeso.model.PopulationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The groups in the order of the array.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' reference list.
	 * @see cymru.croeso.model.CroesoPackage#getBasePopulation_Groups()
	 * @model
	 * @generated
	 */
	EList<PopulationGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Persons, indexed by area, group, sex (male, female) and age, age varying fastest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(double[])
	 * @see cymru.croeso.model.CroesoPackage#getBasePopulation_Values()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double[] getValues();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.BasePopulation#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(double[] value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The array holds one value for every area, group, sex and age.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean shapeMatches(DiagnosticChain diagnostics, Map<Object, Object> context);

} // BasePopulation
