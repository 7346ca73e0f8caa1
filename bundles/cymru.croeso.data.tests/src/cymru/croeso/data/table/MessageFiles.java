package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a package's messages.properties and messages_cy.properties as files, independently of the code using them. */
public final class MessageFiles {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");
    /** An apostrophe not doubled: MessageFormat would swallow it and the text after it up to the next one. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private MessageFiles() {
    }

    /** The properties file {@code name} beside {@code type}'s package. */
    public static Properties read(Class<?> type, String name) throws IOException {
        try (InputStream in = type.getResourceAsStream(name)) {
            assertNotNull(in, name + " beside " + type.getPackageName());
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** The Welsh text of {@code key} in {@code type}'s package, worked out from messages_cy.properties. */
    public static String welsh(Class<?> type, String key, Object... args) throws IOException {
        String pattern = read(type, "messages_cy.properties").getProperty(key);
        assertNotNull(pattern, key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Every English key has a Welsh text with the same {n} placeholders, and no apostrophe is left undoubled. */
    public static void assertComplete(Class<?> type) throws IOException {
        Properties en = read(type, "messages.properties");
        Properties cy = read(type, "messages_cy.properties");
        assertFalse(en.isEmpty());
        assertEquals(en.stringPropertyNames(), cy.stringPropertyNames(), "the same keys in English and Welsh");
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String welsh = cy.getProperty(key);
            assertFalse(welsh.isBlank(), key);
            assertEquals(placeholders(english), placeholders(welsh), key);
            assertFalse(LONE_QUOTE.matcher(english).find(), () -> key + ": write ' as '' in " + english);
            assertFalse(LONE_QUOTE.matcher(welsh).find(), () -> key + ": write ' as '' in " + welsh);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
