package cymru.croeso.model.files;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cymru.croeso.model.CroesoPackage;

/**
 * The versions of the project file format: which one this code writes, and how to tell which one a file uses.
 *
 * <ul>
 * <li>Version 0: before {@code formatVersion} existed (namespace {@value #VERSION_0_NS_URI}); areas and groups had
 * a single {@code name}.</li>
 * <li>Version 1: namespace {@code http://croeso.cymru/model/1.0}, {@code formatVersion="1"}. Assumptions had no
 * identifier, so overrides and effects named them by position; group transitions had {@code processingYears},
 * which the projection never used; the service calculations' figures were not part of the project.</li>
 * <li>Version 2 (current): the same namespace, {@code formatVersion="2"}. Assumptions have identifiers, transitions
 * no processing years, and services carry their figures ({@code ServiceAssumptions}); effects may end
 * ({@code toYear}) and scenarios may switch off actions their parents switch on.</li>
 * </ul>
 * {@link FormatMigration} brings older files up to date when they are opened.
 */
public final class ProjectFormat {

    /** The format version written by this code, stored in every saved project's {@code formatVersion}. */
    public static final int CURRENT_VERSION = 2;

    public static final String VERSION_0_NS_URI = "http://croeso.cymru/model/0.1";

    private static final Pattern NAMESPACE = Pattern.compile("xmlns:croeso=\"([^\"]*)\"");
    private static final Pattern FORMAT_VERSION = Pattern.compile("\\sformatVersion=\"(\\d{1,9})\"");
    /** The namespace and version are attributes of the root element, which begins the file; no need to scan it all. */
    private static final int HEAD_BYTES = 4096;

    private ProjectFormat() {
    }

    /** The croeso namespace the file's root element declares, or null when there is none. */
    static String namespaceOf(byte[] content) {
        Matcher matcher = NAMESPACE.matcher(head(content));
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * The format version of a file with the given namespace, or -1 when the namespace is not one this code knows.
     * In the current namespace the root's {@code formatVersion} tells versions apart; a file without one is version 1.
     */
    static int versionOf(String namespace, byte[] content) {
        if (VERSION_0_NS_URI.equals(namespace)) {
            return 0;
        }
        if (!CroesoPackage.eNS_URI.equals(namespace)) {
            return -1;
        }
        Matcher matcher = FORMAT_VERSION.matcher(rootElement(head(content)));
        return matcher.find() ? Math.max(1, Integer.parseInt(matcher.group(1))) : 1;
    }

    private static String head(byte[] content) {
        return new String(content, 0, Math.min(content.length, HEAD_BYTES), StandardCharsets.UTF_8);
    }

    /** The project element's start tag, or as much of it as the head holds. */
    private static String rootElement(String head) {
        int start = head.indexOf("<croeso:Project");
        if (start < 0) {
            return "";
        }
        int end = head.indexOf('>', start);
        return head.substring(start, end < 0 ? head.length() : end);
    }
}
