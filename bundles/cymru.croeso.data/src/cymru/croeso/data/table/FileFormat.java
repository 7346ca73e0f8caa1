package cymru.croeso.data.table;

/**
 * What a file was read as. The English form is stored beside an imported table (see {@link HeaderMapping#toStored}),
 * so it stays fixed; {@link #shown} puts it in the user's language for previews.
 */
final class FileFormat {
    static final String TAB = "tab-separated text";
    static final String SEMICOLON = "semicolon-separated text";
    static final String COMMA = "comma-separated text";
    private static final String EXCEL = "Excel workbook, sheet '";

    private FileFormat() {
    }

    static String excel(String sheetName) {
        return EXCEL + sheetName + "'";
    }

    static boolean isExcel(String format) {
        return format.startsWith(EXCEL);
    }

    /** The stored form in the user's language; a form Croeso does not know (e.g. from a newer version) as stored. */
    static String shown(String format) {
        return switch (format) {
            case TAB -> TableMessages.get("format.tab");
            case SEMICOLON -> TableMessages.get("format.semicolon");
            case COMMA -> TableMessages.get("format.comma");
            default -> isExcel(format) && format.endsWith("'")
                    ? TableMessages.format("format.excel", format.substring(EXCEL.length(), format.length() - 1))
                    : format;
        };
    }
}
