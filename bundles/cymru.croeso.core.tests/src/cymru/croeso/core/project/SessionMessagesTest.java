package cymru.croeso.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SessionMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SessionMessages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageHasAWelshTranslationWithTheSamePlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties welsh = load("messages_cy.properties");
        assertEquals(english.keySet(), welsh.keySet());
        for (String key : english.stringPropertyNames()) {
            int englishArguments = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            int welshArguments = new MessageFormat(welsh.getProperty(key)).getFormatsByArgumentIndex().length;
            assertEquals(englishArguments, welshArguments, key);
            // A lone apostrophe would quote a placeholder out of the text: every argument must appear.
            String formatted = new MessageFormat(welsh.getProperty(key)).format(new Object[] {"«0»", "«1»", "«2»", "«3»", "«4»"});
            for (int i = 0; i < welshArguments; i++) {
                assertTrue(formatted.contains("«" + i + "»"), key + ": " + formatted);
            }
       }
    }
}
