package cymru.croeso.core.editing;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;

import cymru.croeso.model.validation.CroesoRules;

/**
 * The range a numeric field's values must lie in, as the model declares it ({@link CroesoRules#BOUNDS}); the same
 * rule the validation applies, so the editors refuse exactly what the Problems part would report.
 *
 * @param min the least allowed value, or −∞
 * @param max the greatest allowed value, or +∞
 */
record Bounds(double min, double max) {

    static Bounds of(EStructuralFeature feature) {
        EAnnotation bounds = feature.getEAnnotation(CroesoRules.BOUNDS);
        return new Bounds(bound(bounds, "min", Double.NEGATIVE_INFINITY), bound(bounds, "max", Double.POSITIVE_INFINITY));
    }

    boolean allows(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** Why {@code value} is refused: not a number, negative, or outside the range. */
    String why(double value, EditingMessages words) {
        if (!Double.isFinite(value)) {
            return words.get("cell.notFinite");
        }
        if (max == Double.POSITIVE_INFINITY) {
            return min == 0 ? words.get("cell.negative") : words.format("cell.atLeast", NumberText.exact(min));
        }
        return min == Double.NEGATIVE_INFINITY ? words.format("cell.atMost", NumberText.exact(max))
                : words.format("cell.range", NumberText.exact(min), NumberText.exact(max));
    }

    private static double bound(EAnnotation bounds, String key, double otherwise) {
        String text = bounds == null ? null : bounds.getDetails().get(key);
        return text == null ? otherwise : Double.parseDouble(text);
    }
}
