package cymru.croeso.model.files;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The XML options for reading and writing project files: a parser that never follows DTDs or external entities,
 * and a writer whose output depends on the model alone.
 */
final class ProjectXmlOptions {

    private ProjectXmlOptions() {
    }

    /**
     * A project file never has a DOCTYPE. Refusing one outright stops external entities (a file that makes the reader
     * disclose another file) and entity expansion bombs before any of it is processed.
     */
    static Map<Object, Object> load(boolean recordUnknownFeatures) {
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        parserFeatures.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // Only an older format may hold fields this model lacks; in the current format they mean a damaged file.
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, recordUnknownFeatures);
        return options;
    }

    /**
     * Fixed encoding, line breaks and width and no schema location: the same model always gives the same bytes.
     * References inside the file are written as plain IDs or paths (not "file#id"), so the bytes do not depend on
     * the file's name either.
     */
    static Map<Object, Object> save() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }
}
