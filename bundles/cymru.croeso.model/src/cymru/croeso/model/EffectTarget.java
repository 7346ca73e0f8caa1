/**
 */
package cymru.croeso.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Effect Target</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an action's effect changes.
 * <!-- end-model-doc -->
 * @see cymru.croeso.model.CroesoPackage#getEffectTarget()
 * @model
 * @generated
 */
public enum EffectTarget implements Enumerator {
	/**
	 * The '<em><b>Esol Places</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESOL_PLACES_VALUE
	 * @generated
	 * @ordered
	 */
	ESOL_PLACES(0, "esolPlaces", "esolPlaces"),

	/**
	 * The '<em><b>School Places</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_PLACES_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL_PLACES(1, "schoolPlaces", "schoolPlaces"),

	/**
	 * The '<em><b>Rate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_VALUE
	 * @generated
	 * @ordered
	 */
	RATE(2, "rate", "rate"),

	/**
	 * The '<em><b>Flow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	FLOW(3, "flow", "flow");

	/**
	 * The '<em><b>Esol Places</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESOL_PLACES
	 * @model name="esolPlaces"
	 * @generated
	 * @ordered
	 */
	public static final int ESOL_PLACES_VALUE = 0;

	/**
	 * The '<em><b>School Places</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_PLACES
	 * @model name="schoolPlaces"
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_PLACES_VALUE = 1;

	/**
	 * The '<em><b>Rate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE
	 * @model name="rate"
	 * @generated
	 * @ordered
	 */
	public static final int RATE_VALUE = 2;

	/**
	 * The '<em><b>Flow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOW
	 * @model name="flow"
	 * @generated
	 * @ordered
	 */
	public static final int FLOW_VALUE = 3;

	/**
	 * An array of all the '<em><b>Effect Target</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EffectTarget[] VALUES_ARRAY =
		new EffectTarget[] {
			ESOL_PLACES,
			SCHOOL_PLACES,
			RATE,
			FLOW,
		};

	/**
	 * A public read-only list of all the '<em><b>Effect Target</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EffectTarget> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Effect Target</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EffectTarget get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EffectTarget result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Effect Target</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EffectTarget getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EffectTarget result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Effect Target</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EffectTarget get(int value) {
		switch (value) {
			case ESOL_PLACES_VALUE: return ESOL_PLACES;
			case SCHOOL_PLACES_VALUE: return SCHOOL_PLACES;
			case RATE_VALUE: return RATE;
			case FLOW_VALUE: return FLOW;
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
	private EffectTarget(int value, String name, String literal) {
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
	
} //EffectTarget
