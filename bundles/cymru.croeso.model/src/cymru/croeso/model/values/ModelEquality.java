package cymru.croeso.model.values;

import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Structural equality of model trees, like {@link EcoreUtil#equals(EObject, EObject)} but comparing
 * {@code DoubleArray} values by content: EMF compares attribute values with {@code equals}, which for a
 * {@code double[]} means identity, so two equal loaded projects would never compare equal.
 */
public final class ModelEquality {

    private ModelEquality() {
    }

    /** Whether the two trees have equal attributes, arrays included (bit for bit), and corresponding references. */
    public static boolean equal(EObject first, EObject second) {
        return new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualAttribute(EObject eObject1, EObject eObject2, EAttribute attribute) {
                if (eObject1.eGet(attribute) instanceof double[] values1 && eObject2.eGet(attribute) instanceof double[] values2) {
                    return eObject1.eIsSet(attribute) == eObject2.eIsSet(attribute) && Arrays.equals(values1, values2);
                }
                return super.haveEqualAttribute(eObject1, eObject2, attribute);
            }
        }.equals(first, second);
    }
}
