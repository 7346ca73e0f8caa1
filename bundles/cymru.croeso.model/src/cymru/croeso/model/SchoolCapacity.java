/**
 */
package cymru.croeso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>School Capacity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The places in one year group from a given year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.SchoolCapacity#getYearGroup <em>Year Group</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolCapacity#getFromYear <em>From Year</em>}</li>
 *   <li>{@link cymru.croeso.model.SchoolCapacity#getPlaces <em>Places</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getSchoolCapacity()
 * @model
 * @generated
 */
public interface SchoolCapacity extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Year Group</b></em>' attribute.
	 * The literals are from the enumeration {@link cymru.croeso.model.YearGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year Group</em>' attribute.
	 * @see cymru.croeso.model.YearGroup
	 * @see #setYearGroup(YearGroup)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolCapacity_YearGroup()
	 * @model
	 * @generated
	 */
	YearGroup getYearGroup();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolCapacity#getYearGroup <em>Year Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Group</em>' attribute.
	 * @see cymru.croeso.model.YearGroup
	 * @see #getYearGroup()
	 * @generated
	 */
	void setYearGroup(YearGroup value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year these places exist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(int)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolCapacity_FromYear()
	 * @model
	 * @generated
	 */
	int getFromYear();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolCapacity#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(int value);

	/**
	 * Returns the value of the '<em><b>Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of places.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Places</em>' attribute.
	 * @see #setPlaces(int)
	 * @see cymru.croeso.model.CroesoPackage#getSchoolCapacity_Places()
	 * @model annotation="http://croeso.cymru/model/bounds min='0'"
	 * @generated
	 */
	int getPlaces();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.SchoolCapacity#getPlaces <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Places</em>' attribute.
	 * @see #getPlaces()
	 * @generated
	 */
	void setPlaces(int value);

} // SchoolCapacity
