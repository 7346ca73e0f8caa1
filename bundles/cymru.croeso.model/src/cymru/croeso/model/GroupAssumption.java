/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assumption about one population group, or all groups.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.GroupAssumption#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getGroupAssumption()
 * @model abstract="true"
 * @generated
 */
public interface GroupAssumption extends Assumption {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group it applies to; empty for every group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(PopulationGroup)
	 * @see cymru.croeso.model.CroesoPackage#getGroupAssumption_Group()
	 * @model
	 * @generated
	 */
	PopulationGroup getGroup();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GroupAssumption#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(PopulationGroup value);

} // GroupAssumption
