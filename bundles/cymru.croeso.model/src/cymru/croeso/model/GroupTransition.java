/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * People moving from one group to another, such as asylum seekers granted refugee status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.GroupTransition#getFrom <em>From</em>}</li>
 *   <li>{@link cymru.croeso.model.GroupTransition#getTo <em>To</em>}</li>
 *   <li>{@link cymru.croeso.model.GroupTransition#getShare <em>Share</em>}</li>
 *   <li>{@link cymru.croeso.model.GroupTransition#getSharesByAge <em>Shares By Age</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getGroupTransition()
 * @model
 * @generated
 */
public interface GroupTransition extends Assumption {
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group people leave.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(PopulationGroup)
	 * @see cymru.croeso.model.CroesoPackage#getGroupTransition_From()
	 * @model required="true"
	 * @generated
	 */
	PopulationGroup getFrom();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GroupTransition#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(PopulationGroup value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group people join.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(PopulationGroup)
	 * @see cymru.croeso.model.CroesoPackage#getGroupTransition_To()
	 * @model required="true"
	 * @generated
	 */
	PopulationGroup getTo();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GroupTransition#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(PopulationGroup value);

	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the group that moves each year, when no shares by age are given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getGroupTransition_Share()
	 * @model annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double getShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GroupTransition#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(double value);

	/**
	 * Returns the value of the '<em><b>Shares By Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share that moves each year by single year of age; overrides the share.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shares By Age</em>' attribute.
	 * @see #setSharesByAge(double[])
	 * @see cymru.croeso.model.CroesoPackage#getGroupTransition_SharesByAge()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 * @generated
	 */
	double[] getSharesByAge();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.GroupTransition#getSharesByAge <em>Shares By Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shares By Age</em>' attribute.
	 * @see #getSharesByAge()
	 * @generated
	 */
	void setSharesByAge(double[] value);

} // GroupTransition
