/**
 */
package cymru.croeso.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Year Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A school year group in Wales; the value is the age at the start of the year.
 * <!-- end-model-doc -->
 * @see cymru.croeso.model.CroesoPackage#getYearGroup()
 * @model
 * @generated
 */
public enum YearGroup implements Enumerator {
	/**
	 * The '<em><b>Nursery</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NURSERY_VALUE
	 * @generated
	 * @ordered
	 */
	NURSERY(3, "nursery", "nursery"),

	/**
	 * The '<em><b>Reception</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEPTION_VALUE
	 * @generated
	 * @ordered
	 */
	RECEPTION(4, "reception", "reception"),

	/**
	 * The '<em><b>Year1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR1_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR1(5, "year1", "year1"),

	/**
	 * The '<em><b>Year2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR2_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR2(6, "year2", "year2"),

	/**
	 * The '<em><b>Year3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR3_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR3(7, "year3", "year3"),

	/**
	 * The '<em><b>Year4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR4_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR4(8, "year4", "year4"),

	/**
	 * The '<em><b>Year5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR5_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR5(9, "year5", "year5"),

	/**
	 * The '<em><b>Year6</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR6_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR6(10, "year6", "year6"),

	/**
	 * The '<em><b>Year7</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR7_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR7(11, "year7", "year7"),

	/**
	 * The '<em><b>Year8</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR8_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR8(12, "year8", "year8"),

	/**
	 * The '<em><b>Year9</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR9_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR9(13, "year9", "year9"),

	/**
	 * The '<em><b>Year10</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR10_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR10(14, "year10", "year10"),

	/**
	 * The '<em><b>Year11</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR11_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR11(15, "year11", "year11"),

	/**
	 * The '<em><b>Year12</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR12_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR12(16, "year12", "year12"),

	/**
	 * The '<em><b>Year13</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR13_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR13(17, "year13", "year13");

	/**
	 * The '<em><b>Nursery</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NURSERY
	 * @model name="nursery"
	 * @generated
	 * @ordered
	 */
	public static final int NURSERY_VALUE = 3;

	/**
	 * The '<em><b>Reception</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEPTION
	 * @model name="reception"
	 * @generated
	 * @ordered
	 */
	public static final int RECEPTION_VALUE = 4;

	/**
	 * The '<em><b>Year1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR1
	 * @model name="year1"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR1_VALUE = 5;

	/**
	 * The '<em><b>Year2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR2
	 * @model name="year2"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR2_VALUE = 6;

	/**
	 * The '<em><b>Year3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR3
	 * @model name="year3"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR3_VALUE = 7;

	/**
	 * The '<em><b>Year4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR4
	 * @model name="year4"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR4_VALUE = 8;

	/**
	 * The '<em><b>Year5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR5
	 * @model name="year5"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR5_VALUE = 9;

	/**
	 * The '<em><b>Year6</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR6
	 * @model name="year6"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR6_VALUE = 10;

	/**
	 * The '<em><b>Year7</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR7
	 * @model name="year7"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR7_VALUE = 11;

	/**
	 * The '<em><b>Year8</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR8
	 * @model name="year8"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR8_VALUE = 12;

	/**
	 * The '<em><b>Year9</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR9
	 * @model name="year9"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR9_VALUE = 13;

	/**
	 * The '<em><b>Year10</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR10
	 * @model name="year10"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR10_VALUE = 14;

	/**
	 * The '<em><b>Year11</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR11
	 * @model name="year11"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR11_VALUE = 15;

	/**
	 * The '<em><b>Year12</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR12
	 * @model name="year12"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR12_VALUE = 16;

	/**
	 * The '<em><b>Year13</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR13
	 * @model name="year13"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR13_VALUE = 17;

	/**
	 * An array of all the '<em><b>Year Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final YearGroup[] VALUES_ARRAY =
		new YearGroup[] {
			NURSERY,
			RECEPTION,
			YEAR1,
			YEAR2,
			YEAR3,
			YEAR4,
			YEAR5,
			YEAR6,
			YEAR7,
			YEAR8,
			YEAR9,
			YEAR10,
			YEAR11,
			YEAR12,
			YEAR13,
		};

	/**
	 * A public read-only list of all the '<em><b>Year Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<YearGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Year Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static YearGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			YearGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Year Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static YearGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			YearGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Year Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static YearGroup get(int value) {
		switch (value) {
			case NURSERY_VALUE: return NURSERY;
			case RECEPTION_VALUE: return RECEPTION;
			case YEAR1_VALUE: return YEAR1;
			case YEAR2_VALUE: return YEAR2;
			case YEAR3_VALUE: return YEAR3;
			case YEAR4_VALUE: return YEAR4;
			case YEAR5_VALUE: return YEAR5;
			case YEAR6_VALUE: return YEAR6;
			case YEAR7_VALUE: return YEAR7;
			case YEAR8_VALUE: return YEAR8;
			case YEAR9_VALUE: return YEAR9;
			case YEAR10_VALUE: return YEAR10;
			case YEAR11_VALUE: return YEAR11;
			case YEAR12_VALUE: return YEAR12;
			case YEAR13_VALUE: return YEAR13;
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
	private YearGroup(int value, String name, String literal) {
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
	
} //YearGroup
