package cymru.croeso.core.editing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.validation.ElementLabels;

/**
 * An assumption's numbers by age (and sex) as a table a planner edits: one row per single year of age, a column per
 * sex where the numbers are by sex. It turns a cell's edit or a paste into the new array the model should hold, or
 * refuses it (naming the row and column) when it does not fit or a number is impossible; the array it was built on
 * is never changed, so a refused edit leaves the project as it was.
 */
public final class NumberTable {

    /** How an array's positions map onto ages and sexes. */
    public enum Shape {
        /** Males at every age, then females at every age (the model's order for all sex-indexed arrays). */
        BY_SEX_AND_AGE,
        /** One number per age from 0. */
        BY_AGE,
        /** One number per age from the owner's first age (fertility). */
        FROM_FIRST_AGE
    }

    private static final Map<EAttribute, Shape> SHAPES = Map.of(
            Literals.AGE_SPECIFIC_MORTALITY__RATES, Shape.BY_SEX_AND_AGE,
            Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, Shape.BY_SEX_AND_AGE,
            Literals.MIGRATION_COUNTS__COUNTS, Shape.BY_SEX_AND_AGE,
            Literals.MIGRATION_RATE__RATES, Shape.BY_SEX_AND_AGE,
            Literals.MIGRATION_SCHEDULE__SHARES, Shape.BY_SEX_AND_AGE,
            Literals.AGE_SPECIFIC_FERTILITY__RATES, Shape.FROM_FIRST_AGE,
            Literals.TOTAL_FERTILITY__SCHEDULE, Shape.FROM_FIRST_AGE,
            Literals.GROUP_TRANSITION__SHARES_BY_AGE, Shape.BY_AGE);

    private final EObject owner;
    private final EAttribute attribute;
    private final Shape shape;
    private final double[] values;
    private final int firstAge;
    private final int rows;
    private final int topAge;
    private final Bounds bounds;
    private final EditingMessages words;
    private final ElementLabels labels;

    private NumberTable(EObject owner, EAttribute attribute, Shape shape, int ages, Locale locale) {
        this.owner = owner;
        this.attribute = attribute;
        this.shape = shape;
        double[] stored = (double[]) owner.eGet(attribute);
        this.values = stored == null ? new double[0] : stored;
        this.topAge = ages - 1;
        this.firstAge = shape == Shape.FROM_FIRST_AGE ? Math.max(0, firstAge(owner)) : 0;
        this.rows = switch (shape) {
            case BY_SEX_AND_AGE -> ages;
            case BY_AGE -> Math.max(ages, values.length);
            case FROM_FIRST_AGE -> Math.max(ages - firstAge, values.length);
        };
        this.bounds = Bounds.of(attribute);
        this.words = EditingMessages.in(locale);
        this.labels = ElementLabels.in(locale);
    }

    /** Whether the editors show {@code attribute} as a table: every array of numbers but the base population's cube. */
    public static boolean shows(EStructuralFeature feature) {
        return feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == double[].class
                && a != Literals.BASE_POPULATION__VALUES;
    }

    /**
     * The table of {@code owner}'s {@code attribute}, for a project whose ages run 0 … {@code ages} − 1. An array
     * the model does not describe (a field added later) is read by its length: twice the ages means by sex and age.
     */
    public static NumberTable of(EObject owner, EAttribute attribute, int ages, Locale locale) {
        Shape shape = SHAPES.get(attribute);
        double[] stored = (double[]) owner.eGet(attribute);
        int length = stored == null ? 0 : stored.length;
        if (shape == null) {
            shape = length == 2 * ages ? Shape.BY_SEX_AND_AGE
                    : owner.eClass().getEStructuralFeature("firstAge") != null ? Shape.FROM_FIRST_AGE : Shape.BY_AGE;
        }
        int tableAges = shape == Shape.BY_SEX_AND_AGE && length > 0 && length % 2 == 0 ? length / 2 : ages;
        return new NumberTable(owner, attribute, shape, tableAges, locale);
    }

    public EObject owner() {
        return owner;
    }

    public EAttribute attribute() {
        return attribute;
    }

    public Shape shape() {
        return shape;
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return shape == Shape.BY_SEX_AND_AGE ? 2 : 1;
    }

    /** The age a row stands for. */
    public int age(int row) {
        return firstAge + row;
    }

    /** "0", "1" … and "90+" for the top age, which stands for that age and over. */
    public String rowLabel(int row) {
        return age(row) == topAge ? age(row) + "+" : String.valueOf(age(row));
    }

    /** "Males" and "Females", or the field's name for a single column ("Rates"). */
    public String columnLabel(int column) {
        if (shape == Shape.BY_SEX_AND_AGE) {
            return words.get(column == 0 ? "table.males" : "table.females");
        }
        String field = labels.getFeatureLabel(attribute);
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The array position a cell stands for. */
    public int index(int row, int column) {
        return shape == Shape.BY_SEX_AND_AGE ? column * rows + row : row;
    }

    /** The row and column of an array position, as {row, column}. */
    public int[] cellOf(int index) {
        return shape == Shape.BY_SEX_AND_AGE ? new int[] { index % rows, index / rows } : new int[] { index, 0 };
    }

    /** The number in a cell, or null when the array does not reach it. */
    public Double value(int row, int column) {
        int i = index(row, column);
        return i < values.length ? values[i] : null;
    }

    /** Whether the array is empty, so the model falls back on a standard shape or the single share. */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The array with one cell changed. */
    public double[] withCell(int row, int column, double value) throws RefusedEdit {
        check(row, column, value, null);
        double[] changed = grown(index(row, column));
        changed[index(row, column)] = value;
        return changed;
    }

    /** The array with the text typed into one cell, or null when the text is blank and there is nothing to change. */
    public double[] withCellText(int row, int column, String text) throws RefusedEdit {
        if (text == null || text.isBlank()) {
            return null;
        }
        Double value = PastedBlock.number(text);
        if (value == null) {
            throw new RefusedEdit(words.format("cell.notNumber", where(row, column), text.strip()));
        }
        return withCell(row, column, value);
    }

    /** The array with a pasted block written from the cell at {@code row}, {@code column} down and to the right. */
    public double[] withPaste(int row, int column, PastedBlock block) throws RefusedEdit {
        int roomRows = rows - row;
        int roomColumns = columnCount() - column;
        if (block.rowCount() > roomRows || block.columnCount() > roomColumns) {
            throw new RefusedEdit(words.format("paste.doesNotFit", block.rowCount(), block.columnCount(),
                    rowLabel(row), columnLabel(column).toLowerCase(words.locale()), roomRows, roomColumns));
        }
        for (int r = 0; r < block.rowCount(); r++) {
            for (int c = 0; c < block.columnCount(); c++) {
                check(row + r, column + c, block.get(r, c), new int[] { r + 1, c + 1 });
            }
        }
        double[] changed = grown(index(row + block.rowCount() - 1, column + block.columnCount() - 1));
        for (int r = 0; r < block.rowCount(); r++) {
            for (int c = 0; c < block.columnCount(); c++) {
                changed[index(row + r, column + c)] = block.get(r, c);
            }
        }
        return changed;
    }

    /** Rows {@code first} … {@code last} as a spreadsheet takes them: tab between cells, a line per row, every digit. */
    public String copy(int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < columnCount(); c++) {
                Double v = value(r, c);
                text.append(c > 0 ? "\t" : "").append(v == null ? "" : NumberText.exact(v));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void check(int row, int column, double value, int[] pasted) throws RefusedEdit {
        if (bounds.allows(value)) {
            return;
        }
        String message = words.format("cell.refused", where(row, column), NumberText.exact(value), bounds.why(value, words));
        throw new RefusedEdit(pasted == null ? message : words.format("paste.refused", pasted[0], pasted[1], message));
    }

    /** "Age 41, females (standard rates)". */
    private String where(int row, int column) {
        return words.format("cell.where", labels.getFeatureLabel(attribute), rowLabel(row),
                columnLabel(column).toLowerCase(words.locale()));
    }

    /** A copy of the array long enough to hold {@code index}; new positions start at 0. */
    private double[] grown(int index) {
        int length = shape == Shape.BY_SEX_AND_AGE ? 2 * rows : index + 1;
        return Arrays.copyOf(values, Math.max(values.length, length));
    }

    private static int firstAge(EObject owner) {
        EStructuralFeature feature = owner.eClass().getEStructuralFeature("firstAge");
        return feature != null && owner.eGet(feature) instanceof Integer age ? age : 0;
    }
}
