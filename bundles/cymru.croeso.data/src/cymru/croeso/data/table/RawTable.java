package cymru.croeso.data.table;

import java.util.List;

/**
 * A file split into a header and records of text fields, before any meaning is given to them.
 *
 * @param format what the file was read as, e.g. "tab-separated text" or "Excel workbook, sheet 'Data'"
 * @param headerRow 1-based row of the header in the file
 */
record RawTable(String fileName, String format, List<String> header, int headerRow, List<RawRecord> records) {

    /** One record; {@code row} is its 1-based line (text) or row (Excel) number in the file. */
    record RawRecord(int row, String[] fields) {
    }

    /** The header's name for a column, or "column N" past the header's end. */
    String columnName(int index) {
        if (index < header.size() && !header.get(index).isBlank()) {
            return header.get(index);
        }
        return TableMessages.format("field.column", index + 1);
    }
}
