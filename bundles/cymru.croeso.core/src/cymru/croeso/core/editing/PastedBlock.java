package cymru.croeso.core.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rectangle of numbers copied from a spreadsheet: rows on lines, cells separated by tabs, as Excel and
 * LibreOffice put them on the clipboard. Every cell must be a number; the first cell that is not is named.
 *
 * <p>Accepted as numbers: "0.0123", "-4", "1.2E-3", "1,234" and "1,234.5" (thousands separators as a UK
 * spreadsheet copies them), "12.5%" (a percentage, read as 0.125). A comma decimal ("0,5") is refused rather than
 * guessed, since it could be five tenths or a mistyped thousand.
 */
public record PastedBlock(double[][] rows) {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d*)(\\.\\d*)?([eE][-+]?\\d+)?");

    public int rowCount() {
        return rows.length;
    }

    public int columnCount() {
        return rows.length == 0 ? 0 : rows[0].length;
    }

    public double get(int row, int column) {
        return rows[row][column];
    }

    /**
     * The numbers in {@code text}.
     *
     * @throws RefusedEdit naming the pasted row and column of the first cell that is not a number, or the row that
     *                     has a different number of cells from the first
     */
    public static PastedBlock parse(String text, EditingMessages words) throws RefusedEdit {
        String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        // a spreadsheet ends its copy with a line break; an empty last line is not a row
        while (normalised.endsWith("\n")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        if (normalised.isBlank()) {
            throw new RefusedEdit(words.get("paste.empty"));
        }
        String[] lines = normalised.split("\n", -1);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int r = 0; r < lines.length; r++) {
            String[] cells = lines[r].split("\t", -1);
            if (width < 0) {
                width = cells.length;
            } else if (cells.length != width) {
                throw new RefusedEdit(words.format("paste.ragged", r + 1, cells.length, width));
            }
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                Double value = number(cells[c]);
                if (value == null) {
                    throw new RefusedEdit(cells[c].isBlank() ? words.format("paste.blank", r + 1, c + 1)
                            : words.format("paste.notNumber", r + 1, c + 1, cells[c].strip()));
                }
                row[c] = value;
            }
            rows.add(row);
        }
        return new PastedBlock(rows.toArray(double[][]::new));
    }

    /** The number a cell holds, or null when it holds something else (a word, an error such as #N/A, nothing). */
    public static Double number(String cell) {
        String s = cell.replace('\u00a0', ' ').replace('\u2212', '-').strip();
        double divisor = 1;
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
            divisor = 100;
        }
        if (s.isEmpty() || !NUMBER.matcher(s).matches() || !s.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        double value = Double.parseDouble(s.replace(",", "")) / divisor;
        return Double.isFinite(value) ? value : null;
    }
}
