package cymru.croeso.data.table;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs each test of a class as a Welsh user (Welsh default locale) and puts the previous locale back after it. */
public final class WelshLocale implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(WelshLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put("before", Locale.getDefault());
        Locale.setDefault(Locale.forLanguageTag("cy"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(HERE).get("before", Locale.class));
    }
}
