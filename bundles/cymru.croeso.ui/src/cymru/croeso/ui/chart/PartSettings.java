package cymru.croeso.ui.chart;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Control;

import cymru.croeso.core.analysis.AnalysisSettings;

/**
 * The {@link AnalysisSettings} that hold for a widget: those in the context of the part it sits in (where a
 * preferences page may put them, in the application's context, for every part), else the defaults.
 */
public final class PartSettings {
    /** The key under which the e4 SWT renderer keeps a part's model element on its widgets. */
    private static final String MODEL_ELEMENT = "modelElement";

    private PartSettings() {
    }

    public static AnalysisSettings of(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getData(MODEL_ELEMENT) instanceof MPart part) {
                IEclipseContext context = part.getContext();
                AnalysisSettings settings = context == null ? null : context.get(AnalysisSettings.class);
                return settings == null ? AnalysisSettings.DEFAULTS : settings;
            }
        }
        return AnalysisSettings.DEFAULTS;
    }
}
