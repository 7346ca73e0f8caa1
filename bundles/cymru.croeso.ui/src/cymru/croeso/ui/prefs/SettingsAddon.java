package cymru.croeso.ui.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;

import cymru.croeso.core.analysis.AnalysisSettings;
import cymru.croeso.core.settings.SettingsFile;
import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.project.ProjectAddon;
import jakarta.annotation.PostConstruct;

/**
 * Reads the user's settings when the workbench starts, before anything is drawn: puts them in the application
 * context ({@code @Inject UserSettings}) and switches to the language the user chose, unless Croeso was started with
 * {@code -nl}, which wins for that session. Bad values in the file are shown once; their defaults are used.
 */
public class SettingsAddon {
    /** Equinox sets this when the locale was given on the command line ({@code -nl}) or in config.ini. */
    private static final String NL_GIVEN = "osgi.nl.user";

    @PostConstruct
    public void load(IEclipseContext context, MApplication application) {
        Path file = settingsFile(context);
        SettingsFile.Loaded loaded;
        try {
            loaded = SettingsFile.load(file, home());
        } catch (IOException e) {
            loaded = new SettingsFile.Loaded(UserSettings.defaults(home()),
                    List.of(Messages.format("prefs.unreadable", file, e.getMessage())));
        }
        publish(application, loaded.settings());
        String language = loaded.settings().language();
        if (!language.isEmpty() && System.getProperty(NL_GIVEN) == null) {
            LanguageSwitch.atStart(language, application);
        }
        if (!loaded.problems().isEmpty()) {
            MessageDialog.openWarning(null, Messages.get("prefs.title"), String.join("\n\n", loaded.problems()));
        }
    }

    /** The settings file of the workspace the workbench runs in. */
    public static Path settingsFile(IEclipseContext context) {
        return SettingsFile.in(ProjectAddon.workspace(context));
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    /** Puts the settings in the application's context, with the analysis charts' share of them (folder, draws). */
    public static void publish(MApplication application, UserSettings settings) {
        application.getContext().set(UserSettings.class, settings);
        application.getContext().set(AnalysisSettings.class,
                new AnalysisSettings(settings.exportFolder(), settings.draws(), AnalysisSettings.DEFAULT_SEED));
    }
}
