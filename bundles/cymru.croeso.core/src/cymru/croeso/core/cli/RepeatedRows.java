package cymru.croeso.core.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Blanks the rows of a delimited text file that repeat an earlier row character for character, so that extracts
 * listing every row twice (the GLA's domestic migration files do) read as the table they stand for.
 */
final class RepeatedRows {

    /**
     * @param content  the file with each repeated row emptied; line ends are kept, so row numbers in messages are
     *                 still those of the original file
     * @param repeated how many rows were emptied
     */
    record Unique(byte[] content, int repeated) {
    }

    private RepeatedRows() {
    }

    /**
     * Repeats with a different value are left in place for the reader to reject; Excel workbooks and rows inside a
     * quoted field that spans lines are never touched.
     */
    static Unique blank(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return new Unique(content, 0);
        }
        Set<String> seen = new HashSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        boolean header = true;
        boolean inQuotes = false;
        int repeated = 0;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n' && content[end] != '\r') {
                end++;
            }
            int next = end;
            if (next < content.length) {
                next += content[next] == '\r' && next + 1 < content.length && content[next + 1] == '\n' ? 2 : 1;
            }
            // Latin-1 maps every byte to one char, so equal strings are equal bytes whatever the encoding.
            String line = new String(content, start, end - start, StandardCharsets.ISO_8859_1);
            boolean startsInQuotes = inQuotes;
            inQuotes ^= line.chars().filter(c -> c == '"').count() % 2 == 1;
            boolean counts = !header && !startsInQuotes && !inQuotes && !line.isBlank();
            if (counts && !seen.add(line)) {
                repeated++;
                out.write(content, end, next - end);
            } else {
                out.write(content, start, next - start);
            }
            header &= line.isBlank();
            start = next;
        }
        return new Unique(out.toByteArray(), repeated);
    }
}
