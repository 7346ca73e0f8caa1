package cymru.croeso.ui.project;

import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.project.RecoveryOffer;
import cymru.croeso.core.project.SessionSettings;
import cymru.croeso.core.workbench.UserProject;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Opens the user's project when the workbench starts (created from the sample on the first start, named in the
 * language it starts in: its names are the planner's data from then on and stay when the language is switched),
 * offers recovered work, puts the {@link ProjectSession} into the application context for parts and handlers, keeps the window title
 * ("Croeso — Cymru", "*" when unsaved) and closes the session when the workbench shuts down.
 */
public class ProjectAddon {
    /** The instance location's key in the application context (E4Workbench.INSTANCE_LOCATION, an internal class). */
    private static final String INSTANCE_LOCATION = "instanceLocation";

    private ProjectSession session;

    @PostConstruct
    public void open(IEclipseContext context, MApplication application) throws Exception {
        session = UserProject.openOrCreate(workspace(context), () -> SampleProject.cymru(Messages.locale()),
                SessionSettings.DEFAULTS);
        session.readOnlyMessage().ifPresent(text -> MessageDialog.openWarning(null, Messages.get("session.readOnlyTitle"), text));
        session.recoveryOffer().ifPresent(this::offerRecovery);
        application.getContext().set(ProjectSession.class, session);
        session.addDirtyListener(dirty -> {
            if (Display.getCurrent() != null) {
                showTitle(application);
            } else {
                Display.getDefault().asyncExec(() -> showTitle(application));
            }
        });
        session.commandStack().addCommandStackListener(e -> showTitle(application));
        showTitle(application);
    }

    /** After a switch between English and Welsh, the title's "(read-only)" in the new language. */
    @Inject
    @Optional
    public void languageChanged(@UIEventTopic(ILocaleChangeService.LOCALE_CHANGE) Locale locale,
            MApplication application) {
        if (session != null) {
            showTitle(application);
        }
    }

    private void offerRecovery(RecoveryOffer offer) {
        boolean recover = MessageDialog.openQuestion(null, Messages.get("recovery.title"),
                Messages.format("recovery.text", offer.projectFile(), offer.recoveryTime(), offer.projectTime()));
        try {
            if (recover) {
                session.openRecovered();
            } else {
                session.discardRecovery();
            }
        } catch (Exception e) {
            MessageDialog.openError(null, Messages.get("recovery.title"), e.getMessage());
        }
    }

    /** The title the main window shows for the session. */
    public static String title(ProjectSession session) {
        return (session.isDirty() ? "*" : "") + "Croeso \u2014 " + session.project().getName()
                + (session.isReadOnly() ? " " + Messages.get("session.readOnlySuffix") : "");
    }

    private void showTitle(MApplication application) {
        if (session.isClosed()) {
            return;
        }
        for (MWindow window : application.getChildren()) {
            if (!cymru.croeso.ui.handlers.WorkshopHandler.WINDOW_ID.equals(window.getElementId())) {
                window.setLabel(title(session));
            }
        }
    }

    /** The workspace: the instance location ({@code -data}), else ~/.croeso/workspace as the product sets it. */
    public static Path workspace(IEclipseContext context) {
        Object location = context.get(INSTANCE_LOCATION);
        if (location instanceof Location l && l.getURL() != null) {
            URL url = l.getURL();
            return Path.of(new java.io.File(url.getPath()).getAbsolutePath());
        }
        return Path.of(System.getProperty("user.home"), ".croeso", "workspace");
    }

    @PreDestroy
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
