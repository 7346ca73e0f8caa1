package cymru.croeso.core.editing;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.validation.ElementLabels;

/**
 * A single-valued field as text in a form or table cell, and text typed there turned back into the field's value:
 * numbers are checked against the bounds the model declares, so an impossible rate is refused with a message
 * naming the element and field, and never reaches the project.
 */
public final class FieldText {

    private FieldText() {
    }

    /** The text a field shows: numbers in full, empty for no value. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return NumberText.exact(d);
        }
        return String.valueOf(value);
    }

    /**
     * The value {@code text} stands for in {@code attribute} of {@code owner}.
     *
     * @throws RefusedEdit when the text is not a value of the field's type or lies outside its bounds
     */
    public static Object parse(EObject owner, EAttribute attribute, String text, Locale locale) throws RefusedEdit {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        String s = text == null ? "" : text.strip();
        if (type == String.class) {
            return s.isEmpty() ? null : s;
        }
        EditingMessages words = EditingMessages.in(locale);
        ElementLabels labels = ElementLabels.in(locale);
        String who = owner instanceof Assumption assumption ? AssumptionNames.of(assumption, locale) : labels.getObjectLabel(owner);
        String where = words.format("field.where", who, labels.getFeatureLabel(attribute));
        boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        boolean decimal = type == double.class || type == Double.class || type == float.class || type == Float.class;
        if (!whole && !decimal) {
            throw new IllegalArgumentException(attribute.getName() + " is not typed in as text");
        }
        if (s.isEmpty()) {
            if (!type.isPrimitive()) {
                return null;
            }
            throw new RefusedEdit(words.format("field.blank", where));
        }
        Double number = PastedBlock.number(s);
        if (number == null || whole && number != Math.rint(number)) {
            throw new RefusedEdit(words.format(whole ? "field.notWhole" : "field.notNumber", where, s));
        }
        Bounds bounds = Bounds.of(attribute);
        if (!bounds.allows(number)) {
            throw new RefusedEdit(words.format("cell.refused", where, s, bounds.why(number, words)));
        }
        if (whole) {
            if (Math.abs(number) > Integer.MAX_VALUE) {
                throw new RefusedEdit(words.format("field.notWhole", where, s));
            }
            return type == long.class || type == Long.class ? (Object) number.longValue() : (Object) number.intValue();
        }
        return type == float.class || type == Float.class ? (Object) number.floatValue() : (Object) number;
    }
}
