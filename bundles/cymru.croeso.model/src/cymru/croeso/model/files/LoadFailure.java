package cymru.croeso.model.files;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser throw for a bad project file into a {@link ProjectFileException} that names
 * the file, the line and column where known, what is wrong and what to do.
 */
final class LoadFailure {

    private static final String UNTOUCHED = " The file was not changed.";

    private LoadFailure() {
    }

    static ProjectFileException of(Path file, Throwable failure) {
        SAXParseException sax = find(failure, SAXParseException.class);
        if (sax != null) {
            String detail = String.valueOf(sax.getMessage());
            String problem = detail.contains("DOCTYPE")
                    ? "the file contains a DOCTYPE declaration, which Croeso project files never have, so it was not read"
                            + " (it could make the reader fetch other files). Remove the declaration or open a copy saved"
                            + " by Croeso."
                    : "the file is damaged or incomplete (" + detail + "). Restore it from a backup or from the"
                            + " recovery copy.";
            return new ProjectFileException(file, sax.getLineNumber(), sax.getColumnNumber(), problem + UNTOUCHED, failure);
        }
        PackageNotFoundException unknownPackage = find(failure, PackageNotFoundException.class);
        if (unknownPackage != null) {
            return new ProjectFileException(file, unknownPackage.getLine(), unknownPackage.getColumn(),
                    "the file uses the format " + unknownPackage.uri() + ", which this version of Croeso does not know."
                            + " Open it with the Croeso that wrote it or a newer one." + UNTOUCHED, failure);
        }
        Resource.Diagnostic diagnostic = find(failure, Resource.Diagnostic.class);
        if (diagnostic != null) {
            return new ProjectFileException(file, diagnostic.getLine(), diagnostic.getColumn(),
                    "the file has content Croeso cannot read (" + diagnostic.getMessage() + "). Restore it from a"
                            + " backup or correct that line." + UNTOUCHED, failure);
        }
        return problem(file, "the file could not be read (" + failure + ")." + UNTOUCHED, failure);
    }

    static ProjectFileException problem(Path file, String problem, Throwable cause) {
        return new ProjectFileException(file, 0, 0, problem, cause);
    }

    private static <T> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
