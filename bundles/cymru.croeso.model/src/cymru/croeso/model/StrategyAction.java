/**
 */
package cymru.croeso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action of the strategy, with its lead, partners, dates, cost, status and effects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.StrategyAction#getId <em>Id</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getTitle <em>Title</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getLead <em>Lead</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getPartners <em>Partners</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getEndYear <em>End Year</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getCost <em>Cost</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getStatus <em>Status</em>}</li>
 *   <li>{@link cymru.croeso.model.StrategyAction#getEffects <em>Effects</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getStrategyAction()
 * @model annotation="http://croeso.cymru/model/years startYear='endYear'"
 * @generated
 */
public interface StrategyAction extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier, unique in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the action is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation leading it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead</em>' reference.
	 * @see #setLead(Organisation)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Lead()
	 * @model
	 * @generated
	 */
	Organisation getLead();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getLead <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' reference.
	 * @see #getLead()
	 * @generated
	 */
	void setLead(Organisation value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link cymru.croeso.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisations supporting it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Partners()
	 * @model
	 * @generated
	 */
	EList<Organisation> getPartners();

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year it starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year it ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it costs, in pounds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(double)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Cost()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double getCost();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(double value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.RagStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its progress status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see cymru.croeso.model.RagStatus
	 * @see #setStatus(RagStatus)
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Status()
	 * @model
	 * @generated
	 */
	RagStatus getStatus();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.StrategyAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see cymru.croeso.model.RagStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RagStatus value);

	/**
	 * Returns the value of the '<em><b>Effects</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.Effect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it changes in the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effects</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getStrategyAction_Effects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Effect> getEffects();

} // StrategyAction
