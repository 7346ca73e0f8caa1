package cymru.croeso.ui.editors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import cymru.croeso.core.editing.ElementNames;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import jakarta.annotation.PostConstruct;

/**
 * One scenario: its name, parent and horizon; what it changes in the assumptions, set against its parent; and the
 * strategy actions it switches on. One editor per scenario.
 */
public class ScenarioEditor extends ProjectEditorPart {
    public static final String DESCRIPTOR = "cymru.croeso.ui.partdescriptor.scenario";

    private Scenario scenario;
    private ElementForm form;
    private OverridesTable overrides;
    private ActionSwitches actions;

    @PostConstruct
    public void create(Composite parent) {
        scenario = (Scenario) part.getTransientData().get(EditorOpener.INPUT_KEY);
        // scrolls rather than squeezing the changes table to a few rows under a short editor area
        ScrolledComposite scroll = new ScrolledComposite(start(parent), SWT.V_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        form = new ElementForm(body, context, scenario);
        overrides = new OverridesTable(body, context, scenario);
        actions = new ActionSwitches(body, context, scenario);
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinHeight(
                body.computeSize(scroll.getClientArea().width, SWT.DEFAULT).y));
        label();
    }

    private void label() {
        part.setLabel(EditorMessages.format("scenario.partLabel", ElementNames.of(scenario, context.locale())));
    }

    @Override
    public EObject input() {
        return scenario;
    }

    @Override
    protected void refresh() {
        form.refresh();
        overrides.refresh();
        actions.refresh();
        label();
    }

    @Override
    public void reveal(EObject element, EStructuralFeature feature, int index) {
        if (element instanceof ScenarioOverride override) {
            overrides.select(override);
        } else if (feature != null) {
            form.focus(feature);
        }
    }

    public ElementForm form() {
        return form;
    }

    public TableViewer overrides() {
        return overrides.viewer();
    }

    /** Adds a change to {@code target} as choosing it in the list and pressing "Add change" would. */
    public void addChangeTo(Assumption target) {
        overrides.choose(target);
        overrides.addChange();
    }

    public Table actions() {
        return actions.table();
    }

    @Focus
    public void setFocus() {
        overrides.viewer().getControl().setFocus();
    }
}
