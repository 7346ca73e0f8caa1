/**
 */
package cymru.croeso.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Integration Domain</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A domain of the Welsh Government's Migrant Integration Framework.
 * <!-- end-model-doc -->
 * @see cymru.croeso.model.CroesoPackage#getIntegrationDomain()
 * @model
 * @generated
 */
public enum IntegrationDomain implements Enumerator {
	/**
	 * The '<em><b>Work</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_VALUE
	 * @generated
	 * @ordered
	 */
	WORK(0, "work", "work"),

	/**
	 * The '<em><b>Housing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING(1, "housing", "housing"),

	/**
	 * The '<em><b>Health And Social Care</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_AND_SOCIAL_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH_AND_SOCIAL_CARE(2, "healthAndSocialCare", "healthAndSocialCare"),

	/**
	 * The '<em><b>Social Connections</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CONNECTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_CONNECTIONS(3, "socialConnections", "socialConnections"),

	/**
	 * The '<em><b>Education And Skills</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_AND_SKILLS_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION_AND_SKILLS(4, "educationAndSkills", "educationAndSkills"),

	/**
	 * The '<em><b>Safety And Stability</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_AND_STABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY_AND_STABILITY(5, "safetyAndStability", "safetyAndStability"),

	/**
	 * The '<em><b>Rights And Responsibilities</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_AND_RESPONSIBILITIES_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHTS_AND_RESPONSIBILITIES(6, "rightsAndResponsibilities", "rightsAndResponsibilities");

	/**
	 * The '<em><b>Work</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK
	 * @model name="work"
	 * @generated
	 * @ordered
	 */
	public static final int WORK_VALUE = 0;

	/**
	 * The '<em><b>Housing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING
	 * @model name="housing"
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_VALUE = 1;

	/**
	 * The '<em><b>Health And Social Care</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_AND_SOCIAL_CARE
	 * @model name="healthAndSocialCare"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_AND_SOCIAL_CARE_VALUE = 2;

	/**
	 * The '<em><b>Social Connections</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CONNECTIONS
	 * @model name="socialConnections"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_CONNECTIONS_VALUE = 3;

	/**
	 * The '<em><b>Education And Skills</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_AND_SKILLS
	 * @model name="educationAndSkills"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_AND_SKILLS_VALUE = 4;

	/**
	 * The '<em><b>Safety And Stability</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_AND_STABILITY
	 * @model name="safetyAndStability"
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_AND_STABILITY_VALUE = 5;

	/**
	 * The '<em><b>Rights And Responsibilities</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_AND_RESPONSIBILITIES
	 * @model name="rightsAndResponsibilities"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHTS_AND_RESPONSIBILITIES_VALUE = 6;

	/**
	 * An array of all the '<em><b>Integration Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IntegrationDomain[] VALUES_ARRAY =
		new IntegrationDomain[] {
			WORK,
			HOUSING,
			HEALTH_AND_SOCIAL_CARE,
			SOCIAL_CONNECTIONS,
			EDUCATION_AND_SKILLS,
			SAFETY_AND_STABILITY,
			RIGHTS_AND_RESPONSIBILITIES,
		};

	/**
	 * A public read-only list of all the '<em><b>Integration Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IntegrationDomain> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Integration Domain</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IntegrationDomain get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IntegrationDomain result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Integration Domain</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IntegrationDomain getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IntegrationDomain result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Integration Domain</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IntegrationDomain get(int value) {
		switch (value) {
			case WORK_VALUE: return WORK;
			case HOUSING_VALUE: return HOUSING;
			case HEALTH_AND_SOCIAL_CARE_VALUE: return HEALTH_AND_SOCIAL_CARE;
			case SOCIAL_CONNECTIONS_VALUE: return SOCIAL_CONNECTIONS;
			case EDUCATION_AND_SKILLS_VALUE: return EDUCATION_AND_SKILLS;
			case SAFETY_AND_STABILITY_VALUE: return SAFETY_AND_STABILITY;
			case RIGHTS_AND_RESPONSIBILITIES_VALUE: return RIGHTS_AND_RESPONSIBILITIES;
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
	private IntegrationDomain(int value, String name, String literal) {
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
	
} //IntegrationDomain
