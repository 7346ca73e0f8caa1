package cymru.croeso.data.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits UTF-8 delimited text (tab, comma or semicolon, chosen from the header line) into records, accepting a BOM,
 * LF, CRLF or CR line ends and quoted fields with {@code ""} escapes.
 */
final class DelimitedTextParser {
    private static final char[] DELIMITERS = {'\t', ',', ';'};

    private final String fileName;
    private final Problems problems;
    private char delimiter;
    private String text;
    private int pos;
    private int line;

    private DelimitedTextParser(String fileName) {
        this.fileName = fileName;
        this.problems = new Problems(fileName);
    }

    static RawTable parse(String fileName, byte[] bytes) throws TableFormatException {
        return new DelimitedTextParser(fileName).run(bytes);
    }

    private RawTable run(byte[] bytes) throws TableFormatException {
        int start = hasBom(bytes) ? 3 : 0;
        text = decode(bytes, start);
        if (text.isBlank()) {
            throw problems.fatalFile(TableMessages.get("file.empty"));
        }
        delimiter = detectDelimiter(text);
        if (delimiter == 0) {
            throw problems.fatal(1, TableMessages.get("field.header"), TableMessages.get("text.noDelimiter"));
        }
        line = 1;
        pos = 0;
        List<String> header = null;
        int headerRow = 0;
        List<RawTable.RawRecord> records = new ArrayList<>();
        while (pos < text.length()) {
            int row = line;
            String[] fields = readRecord(header);
            if (isBlank(fields)) {
                continue;
            }
            if (header == null) {
                header = List.of(trimAll(fields));
                headerRow = row;
            } else {
                records.add(new RawTable.RawRecord(row, fields));
            }
        }
        problems.throwIfAny();
        if (header == null) {
            throw problems.fatalFile(TableMessages.get("file.empty"));
        }
        String format = switch (delimiter) {
            case '\t' -> FileFormat.TAB;
            case ';' -> FileFormat.SEMICOLON;
            default -> FileFormat.COMMA;
        };
        return new RawTable(fileName, format, header, headerRow, records);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Decodes strictly: a byte that is not UTF-8 is reported where it is, never replaced by a guess. */
    private String decode(byte[] bytes, int start) throws TableFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw encodingError(bytes, start, in.position());
        }
        out.flip();
        return out.toString();
    }

    private TableFormatException encodingError(byte[] bytes, int start, int bad) {
        int row = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                row++;
                lineStart = i + 1;
            }
        }
        String what = TableMessages.format("text.notUtf8", String.format("%02X", bytes[bad] & 0xFF));
        String column = columnOfBadByte(bytes, start, lineStart, bad);
        return problems.fatal(row, column, what);
    }

    /** Names the column holding the bad byte, from the header (the part before the bad byte is valid text). */
    private String columnOfBadByte(byte[] bytes, int start, int lineStart, int bad) {
        String head = new String(bytes, start, firstLineEnd(bytes, start) - start, StandardCharsets.UTF_8);
        char d = detectDelimiter(head);
        String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int index = countDelimiters(prefix, d);
        if (lineStart == start || d == 0) {
            return TableMessages.get("field.header");
        }
        String[] names = head.split(String.valueOf(d), -1);
        return index < names.length && !names[index].isBlank() ? unquote(names[index].trim())
                : TableMessages.format("field.column", index + 1);
    }

    private static int firstLineEnd(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The most frequent of tab, comma and semicolon outside quotes on the first non-blank line; 0 if none. */
    private static char detectDelimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (i > 0 && !text.substring(0, i).isBlank()) {
                    break;
                }
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return counts[best] == 0 ? 0 : DELIMITERS[best];
    }

    private static int countDelimiters(String s, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** Reads one record from {@code pos}, leaving {@code pos} after its line end. */
    private String[] readRecord(List<String> header) {
        List<String> fields = new ArrayList<>(header == null ? 8 : header.size());
        int recordLine = line;
        StringBuilder field = new StringBuilder();
        while (true) {
            String simple = pos < text.length() && text.charAt(pos) == '"' ? simpleQuoted() : null;
            if (simple != null) {
                fields.add(simple);
            } else if (pos < text.length() && text.charAt(pos) == '"') {
                field.setLength(0);
                readQuoted(field, recordLine, header, fields.size());
                fields.add(field.toString());
            } else {
                int from = pos;
                while (pos < text.length() && !isEnd(text.charAt(pos))) {
                    pos++;
                }
                fields.add(text.substring(from, pos));
            }
            if (pos < text.length() && text.charAt(pos) == delimiter) {
                pos++;
                continue;
            }
            skipLineEnd();
            return fields.toArray(String[]::new);
        }
    }

    /**
     * The common quoted field, {@code "W06000015"}, with no escaped quote or line end inside and a delimiter or line
     * end after it: returned without copying through a builder. Otherwise null, leaving {@code pos} as it was.
     */
    private String simpleQuoted() {
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                boolean endsField = i + 1 >= text.length() || isEnd(text.charAt(i + 1));
                if (!endsField) {
                    return null;
                }
                String value = text.substring(pos + 1, i);
                pos = i + 1;
                return value;
            }
            if (c == '\r' || c == '\n') {
                return null;
            }
            i++;
        }
        return null;
    }

    private void readQuoted(StringBuilder field, int recordLine, List<String> header, int index) {
        int openedOn = line;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                problems.add(openedOn, name(header, index), TableMessages.get("text.unclosedQuote"));
                return;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    field.append('\r');
                    pos++;
                }
                line++;
            }
            field.append(c);
            pos++;
        }
        int from = pos;
        while (pos < text.length() && !isEnd(text.charAt(pos))) {
            pos++;
        }
        if (pos > from) {
            problems.add(recordLine, name(header, index),
                    TableMessages.format("text.afterQuote", text.substring(from, Math.min(pos, from + 20))));
        }
    }

    private static String name(List<String> header, int index) {
        if (header == null) {
            return TableMessages.get("field.header");
        }
        return index < header.size() && !header.get(index).isBlank() ? header.get(index)
                : TableMessages.format("field.column", index + 1);
    }

    private boolean isEnd(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void skipLineEnd() {
        if (pos >= text.length()) {
            return;
        }
        char c = text.charAt(pos++);
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    private static boolean isBlank(String[] fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String[] trimAll(String[] fields) {
        String[] out = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = fields[i].trim();
        }
        return out;
    }
}
