/**
 */
package cymru.croeso.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Figure Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source of one figure of the service assumptions, and whether it still needs a local value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.FigureSource#getFigure <em>Figure</em>}</li>
 *   <li>{@link cymru.croeso.model.FigureSource#getSource <em>Source</em>}</li>
 *   <li>{@link cymru.croeso.model.FigureSource#getNote <em>Note</em>}</li>
 *   <li>{@link cymru.croeso.model.FigureSource#isLocalFigureNeeded <em>Local Figure Needed</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getFigureSource()
 * @model
 * @generated
 */
public interface FigureSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the figure it describes, such as vacancyRate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Figure</em>' attribute.
	 * @see #setFigure(String)
	 * @see cymru.croeso.model.CroesoPackage#getFigureSource_Figure()
	 * @model
	 * @generated
	 */
	String getFigure();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.FigureSource#getFigure <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Figure</em>' attribute.
	 * @see #getFigure()
	 * @generated
	 */
	void setFigure(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publication, table or file the figure comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see cymru.croeso.model.CroesoPackage#getFigureSource_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.FigureSource#getSource <em>Source</em>}' attribute.
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
	 * How the figure was derived or what to bear in mind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see cymru.croeso.model.CroesoPackage#getFigureSource_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.FigureSource#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Local Figure Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True while the figure is a placeholder that a local figure should replace; false once it is the project's own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Figure Needed</em>' attribute.
	 * @see #setLocalFigureNeeded(boolean)
	 * @see cymru.croeso.model.CroesoPackage#getFigureSource_LocalFigureNeeded()
	 * @model
	 * @generated
	 */
	boolean isLocalFigureNeeded();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.FigureSource#isLocalFigureNeeded <em>Local Figure Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Figure Needed</em>' attribute.
	 * @see #isLocalFigureNeeded()
	 * @generated
	 */
	void setLocalFigureNeeded(boolean value);

} // FigureSource
