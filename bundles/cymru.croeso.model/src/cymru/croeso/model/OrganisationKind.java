/**
 */
package cymru.croeso.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organisation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of organisation a partner is.
 * <!-- end-model-doc -->
 * @see cymru.croeso.model.CroesoPackage#getOrganisationKind()
 * @model
 * @generated
 */
public enum OrganisationKind implements Enumerator {
	/**
	 * The '<em><b>Local Authority</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_AUTHORITY(0, "localAuthority", "localAuthority"),

	/**
	 * The '<em><b>Health Board</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_BOARD_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH_BOARD(1, "healthBoard", "healthBoard"),

	/**
	 * The '<em><b>Police</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(2, "police", "police"),

	/**
	 * The '<em><b>Fire</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRE(3, "fire", "fire"),

	/**
	 * The '<em><b>Third Sector</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIRD_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	THIRD_SECTOR(4, "thirdSector", "thirdSector"),

	/**
	 * The '<em><b>Education</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(5, "education", "education"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "other", "other");

	/**
	 * The '<em><b>Local Authority</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AUTHORITY
	 * @model name="localAuthority"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_AUTHORITY_VALUE = 0;

	/**
	 * The '<em><b>Health Board</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_BOARD
	 * @model name="healthBoard"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_BOARD_VALUE = 1;

	/**
	 * The '<em><b>Police</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE
	 * @model name="police"
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 2;

	/**
	 * The '<em><b>Fire</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRE
	 * @model name="fire"
	 * @generated
	 * @ordered
	 */
	public static final int FIRE_VALUE = 3;

	/**
	 * The '<em><b>Third Sector</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIRD_SECTOR
	 * @model name="thirdSector"
	 * @generated
	 * @ordered
	 */
	public static final int THIRD_SECTOR_VALUE = 4;

	/**
	 * The '<em><b>Education</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model name="education"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 5;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationKind[] VALUES_ARRAY =
		new OrganisationKind[] {
			LOCAL_AUTHORITY,
			HEALTH_BOARD,
			POLICE,
			FIRE,
			THIRD_SECTOR,
			EDUCATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(int value) {
		switch (value) {
			case LOCAL_AUTHORITY_VALUE: return LOCAL_AUTHORITY;
			case HEALTH_BOARD_VALUE: return HEALTH_BOARD;
			case POLICE_VALUE: return POLICE;
			case FIRE_VALUE: return FIRE;
			case THIRD_SECTOR_VALUE: return THIRD_SECTOR;
			case EDUCATION_VALUE: return EDUCATION;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrganisationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OrganisationKind
