package cymru.croeso.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cymru.croeso.core.settings.SettingsFile;
import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.prefs.LanguageSwitch;
import cymru.croeso.ui.prefs.PreferencesDialog;
import cymru.croeso.ui.prefs.SettingsAddon;

/**
 * Window › Preferences: shows the user's settings, saves what they choose to the workspace's settings file, puts it
 * in the application context for everything that reads settings, and switches language when that changed.
 */
public class PreferencesHandler {
    @Execute
    public void execute(Shell shell, MApplication application, @Optional UserSettings current) {
        Path home = Path.of(System.getProperty("user.home"));
        PreferencesDialog dialog = new PreferencesDialog(shell, current != null ? current : UserSettings.defaults(home),
                home);
        if (dialog.open() != Window.OK) {
            return;
        }
        UserSettings chosen = dialog.chosen();
        Path file = SettingsAddon.settingsFile(application.getContext());
        try {
            SettingsFile.save(chosen, file);
        } catch (IOException e) {
            // still used for this session; the message says they will not be there next time
            MessageDialog.openError(shell, Messages.get("prefs.title"), Messages.format("prefs.saveFailed", file,
                    e.getMessage()));
        }
        SettingsAddon.publish(application, chosen);
        LanguageSwitch.to(chosen.language().isEmpty() ? LanguageSwitch.current() : chosen.language(), application);
    }
}
