/**
 */
package cymru.croeso.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Migration Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The direction and reach of a migration flow.
 * <!-- end-model-doc -->
 * @see cymru.croeso.model.CroesoPackage#getMigrationKind()
 * @model
 * @generated
 */
public enum MigrationKind implements Enumerator {
	/**
	 * The '<em><b>Internal In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_IN_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL_IN(0, "internalIn", "internalIn"),

	/**
	 * The '<em><b>Internal Out</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL_OUT(1, "internalOut", "internalOut"),

	/**
	 * The '<em><b>International In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_IN_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNATIONAL_IN(2, "internationalIn", "internationalIn"),

	/**
	 * The '<em><b>International Out</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNATIONAL_OUT(3, "internationalOut", "internationalOut");

	/**
	 * The '<em><b>Internal In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_IN
	 * @model name="internalIn"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_IN_VALUE = 0;

	/**
	 * The '<em><b>Internal Out</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_OUT
	 * @model name="internalOut"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_OUT_VALUE = 1;

	/**
	 * The '<em><b>International In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_IN
	 * @model name="internationalIn"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNATIONAL_IN_VALUE = 2;

	/**
	 * The '<em><b>International Out</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_OUT
	 * @model name="internationalOut"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNATIONAL_OUT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Migration Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MigrationKind[] VALUES_ARRAY =
		new MigrationKind[] {
			INTERNAL_IN,
			INTERNAL_OUT,
			INTERNATIONAL_IN,
			INTERNATIONAL_OUT,
		};

	/**
	 * A public read-only list of all the '<em><b>Migration Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MigrationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Migration Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MigrationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MigrationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Migration Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MigrationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MigrationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Migration Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MigrationKind get(int value) {
		switch (value) {
			case INTERNAL_IN_VALUE: return INTERNAL_IN;
			case INTERNAL_OUT_VALUE: return INTERNAL_OUT;
			case INTERNATIONAL_IN_VALUE: return INTERNATIONAL_IN;
			case INTERNATIONAL_OUT_VALUE: return INTERNATIONAL_OUT;
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
	private MigrationKind(int value, String name, String literal) {
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
	
} //MigrationKind
