package cymru.croeso.ui.strategy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;

/**
 * Breaks text into lines that fit a width, measured with the GC's own font (so what is measured is what is drawn);
 * words break only at spaces, and a word wider than the whole width is broken between letters rather than cut off.
 */
public final class TextWrap {

    private TextWrap() {
    }

    public static List<String> lines(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (gc.textExtent(candidate).x <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (gc.textExtent(rest).x > width && rest.length() > 1) {
                int n = rest.length() - 1;
                while (n > 1 && gc.textExtent(rest.substring(0, n)).x > width) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
