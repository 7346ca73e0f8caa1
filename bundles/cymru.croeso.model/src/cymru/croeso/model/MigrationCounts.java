/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Counts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A migration flow given as people a year by sex and age.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.MigrationCounts#getCounts <em>Counts</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getMigrationCounts()
 * @model
 * @generated
 */
public interface MigrationCounts extends MigrationFlow {
	/**
	 * Returns the value of the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People a year by sex (male, female) and single year of age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counts</em>' attribute.
	 * @see #setCounts(double[])
	 * @see cymru.croeso.model.CroesoPackage#getMigrationCounts_Counts()
	 * @model dataType="cymru.croeso.model.DoubleArray"
	 *        annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	double[] getCounts();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.MigrationCounts#getCounts <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counts</em>' attribute.
	 * @see #getCounts()
	 * @generated
	 */
	void setCounts(double[] value);

} // MigrationCounts
