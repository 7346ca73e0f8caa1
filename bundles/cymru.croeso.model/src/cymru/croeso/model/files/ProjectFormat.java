package cymru.croeso.model.files;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cymru.croeso.model.CroesoPackage;

/**
 * The versions of the project file format: which one this code writes, and how to tell which one a file uses.
 *
 * <p>Version 0 is the format before {@code formatVersion} existed (namespace {@value #VERSION_0_NS_URI}; areas and
 * groups had a single {@code name}). Version 1 is the current model, {@code http://croeso.cymru/model/1.0}.
 */
public final class ProjectFormat {

    /** The format version written by this code, stored in every saved project's {@code formatVersion}. */
    public static final int CURRENT_VERSION = 1;

    public static final String VERSION_0_NS_URI = "http://croeso.cymru/model/0.1";

    private static final Pattern NAMESPACE = Pattern.compile("xmlns:croeso=\"([^\"]*)\"");
    /** The namespace is declared on the root element, which begins the file; no need to scan a large file. */
    private static final int HEAD_BYTES = 4096;

    private ProjectFormat() {
    }

    /** The croeso namespace the file's root element declares, or null when there is none. */
    static String namespaceOf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEAD_BYTES), StandardCharsets.UTF_8);
        Matcher matcher = NAMESPACE.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The format version a namespace stands for, or -1 when it is not one this code knows. */
    static int versionOf(String namespace) {
        if (CroesoPackage.eNS_URI.equals(namespace)) {
            return CURRENT_VERSION;
        }
        return VERSION_0_NS_URI.equals(namespace) ? 0 : -1;
    }
}
