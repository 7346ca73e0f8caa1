package cymru.croeso.ui.prefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;

import cymru.croeso.ui.Messages;
import cymru.croeso.ui.handlers.WorkshopHandler;

/**
 * Switches the running workbench between English and Welsh without closing anything: the project session, its
 * unsaved edits and their undo history stay as they are. The e4 locale service relabels the application model (menus,
 * part tabs, commands) and tells subscribers ({@link ILocaleChangeService#LOCALE_CHANGE}); every part that has been
 * created is then created again, so its charts and labels are built in the new language, and the selection the
 * parts were showing is given back to them.
 *
 * <p>Why live and not a restart: a restart would also keep the edits (through the recovery file) but loses the undo
 * history and the tests' workbench, and the product has no native launcher to restart it. A part that can relabel
 * itself on the locale event, keeping state such as a slider's position, opts out of being recreated with the tag
 * {@link #RELABELS_ITSELF}. Labels EMF.Edit has already cached (its command names) change at the next start.
 */
public final class LanguageSwitch {
    /** A part with this tag relabels itself on {@link ILocaleChangeService#LOCALE_CHANGE} and is not recreated. */
    public static final String RELABELS_ITSELF = "cymru.croeso.relabelsItself";

    private LanguageSwitch() {
    }

    /** The workbench's language now: {@code cy} or {@code en}. */
    public static String current() {
        return "cy".equals(Messages.locale().getLanguage()) ? "cy" : "en";
    }

    /**
     * Sets the locale before the workbench is drawn (at start-up): nothing to recreate yet.
     */
    static void atStart(String language, MApplication application) {
        Locale locale = Locale.forLanguageTag(language);
        Locale.setDefault(locale);
        application.getContext().get(ILocaleChangeService.class).changeApplicationLocale(locale);
    }

    /** Switches the running workbench to {@code language} ({@code en} or {@code cy}); nothing happens if it is already. */
    public static void to(String language, MApplication application) {
        if (language.equals(current())) {
            return;
        }
        MWindow main = application.getChildren().get(0);
        EPartService parts = main.getContext().get(EPartService.class);
        MPart active = parts.getActivePart();
        Object selection = main.getContext().get(IServiceConstants.ACTIVE_SELECTION);
        atStart(language, application);
        for (MWindow window : application.getChildren()) {
            if (WorkshopHandler.WINDOW_ID.equals(window.getElementId())) {
                window.setLabel(Messages.get("workshop.windowTitle"));
            }
            for (MPart part : createdParts(window, application)) {
                recreate(part);
            }
        }
        if (active != null && active.getObject() != null) {
            parts.activate(active);
            if (selection != null) {
                active.getContext().get(ESelectionService.class).setSelection(selection);
            }
        }
    }

    private static List<MPart> createdParts(MWindow window, MApplication application) {
        EModelService models = application.getContext().get(EModelService.class);
        List<MPart> created = new ArrayList<>();
        for (MPart part : models.findElements(window, null, MPart.class)) {
            if (part.getObject() != null && part.isToBeRendered() && !part.getTags().contains(RELABELS_ITSELF)) {
                created.add(part);
            }
        }
        return created;
    }

    private static void recreate(MPart part) {
        MElementContainer<MUIElement> parent = part.getParent();
        boolean selected = parent != null && parent.getSelectedElement() == part;
        part.setToBeRendered(false);
        part.setToBeRendered(true);
        if (selected) {
            parent.setSelectedElement(part);
        }
    }
}
