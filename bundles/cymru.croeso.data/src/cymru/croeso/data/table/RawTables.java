package cymru.croeso.data.table;

/** Turns a file's bytes into a {@link RawTable}, choosing between delimited text and an Excel workbook by content. */
final class RawTables {
    private RawTables() {
    }

    static RawTable parse(String fileName, byte[] content) throws TableFormatException {
        if (isZip(content)) {
            return XlsxSheetParser.parse(fileName, content);
        }
        return DelimitedTextParser.parse(fileName, content);
    }

    /** {@code .xlsx} files are zip archives, which start with "PK\3\4"; text tables never do. */
    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }
}
