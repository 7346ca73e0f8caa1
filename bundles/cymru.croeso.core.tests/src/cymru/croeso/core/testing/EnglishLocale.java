package cymru.croeso.core.testing;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class with British English as the default locale (messages and numbers as the English tests
 * expect them, whatever language the test run starts in) and puts the previous locale back after it.
 */
public final class EnglishLocale implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(EnglishLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put("before", Locale.getDefault());
        Locale.setDefault(Locale.UK);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(HERE).get("before", Locale.class));
    }
}
