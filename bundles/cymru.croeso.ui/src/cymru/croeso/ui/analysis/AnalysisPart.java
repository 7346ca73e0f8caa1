package cymru.croeso.ui.analysis;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.analysis.AnalysisSettings;
import cymru.croeso.core.analysis.ScenarioRuns;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.parts.ProjectLabels;
import cymru.croeso.ui.parts.SelectedArea;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the analysis parts share: the area and scenario they show (the explorer's selection, Cardiff and the first
 * scenario to start with), the project's runs kept until it changes, a status line, and work done in background
 * jobs only while the part is on screen, so that a hidden part costs nothing when the selection moves.
 *
 * <p>The jobs read the project while the user may be editing it: an edit clears the runs and starts the work again,
 * and the result of the older job is dropped, so a chart never shows numbers from a project that is gone.
 */
public abstract class AnalysisPart {
    @Inject
    protected ProjectSession session;
    @Inject
    @Optional
    private AnalysisSettings settings;

    protected Scenario scenario;
    protected Area area;
    protected ScenarioRuns runs;
    protected Computation computation;
    private Label status;
    private Control shownWhenVisible;
    private boolean stale = true;
    private final CommandStackListener projectChanged = e -> {
        runs.clear();
        changed();
    };

    /** Call from the part's {@code @PostConstruct} once its widgets exist; the first paint of {@code body} computes. */
    protected void init(Control body) {
        shownWhenVisible = body;
        computation = new Computation(body);
        runs = new ScenarioRuns(session.project());
        area = SelectedArea.initial(session.project());
        scenario = session.project().getScenarios().isEmpty() ? null : session.project().getScenarios().get(0);
        body.addListener(SWT.Paint, e -> {
            if (stale) {
                stale = false;
                body.getDisplay().asyncExec(this::refreshIfAlive);
            }
        });
        session.commandStack().addCommandStackListener(projectChanged);
    }

    /** A wrapping line for progress and problems, hidden while empty. */
    protected Label createStatus(Composite parent) {
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        showStatus("");
        return status;
    }

    protected void showStatus(String text) {
        if (status == null || status.isDisposed()) {
            return;
        }
        status.setText(text);
        ((GridData) status.getLayoutData()).exclude = text.isEmpty();
        status.setVisible(!text.isEmpty());
        status.getParent().layout(true, true);
    }

    public String getStatus() {
        return status == null ? "" : status.getText();
    }

    @Inject
    @Optional
    public void areaSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Area selected) {
        // only areas with a projection (not a school's planning area, say)
        if (selected != null && selected != area && ready() && session.project().getBasePopulation() != null
                && session.project().getBasePopulation().getAreas().contains(selected)) {
            area = selected;
            changed();
        }
    }

    @Inject
    @Optional
    public void scenarioSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Scenario selected) {
        if (selected != null && selected != scenario && ready()) {
            scenario = selected;
            changed();
        }
    }

    /** Shows a scenario for an area (from the scenario part's links, or the Analysis menu). */
    public void show(Scenario newScenario, Area newArea) {
        boolean different = false;
        if (newScenario != null && newScenario != scenario) {
            scenario = newScenario;
            different = true;
        }
        if (newArea != null && newArea != area) {
            area = newArea;
            different = true;
        }
        if (different) {
            changed();
        }
    }

    /** Something the charts depend on changed: recompute now if the part is on screen, else when it next is. */
    protected void changed() {
        if (shownWhenVisible == null || shownWhenVisible.isDisposed()) {
            return;
        }
        if (shownWhenVisible.isVisible()) {
            stale = false;
            refreshIfAlive();
        } else {
            stale = true;
        }
    }

    private void refreshIfAlive() {
        if (shownWhenVisible != null && !shownWhenVisible.isDisposed() && scenario != null && area != null) {
            refresh();
        }
    }

    /** Starts working out the charts for {@link #scenario} and {@link #area}. */
    protected abstract void refresh();

    protected AnalysisSettings settings() {
        return settings == null ? AnalysisSettings.DEFAULTS : settings;
    }

    protected String areaName() {
        return ProjectLabels.of(area);
    }

    protected String scenarioName() {
        return ProjectLabels.of(scenario);
    }

    private boolean ready() {
        return shownWhenVisible != null && !shownWhenVisible.isDisposed();
    }

    public Scenario getScenario() {
        return scenario;
    }

    public Area getArea() {
        return area;
    }

    /** The background job most recently started for this part, or null. */
    public org.eclipse.core.runtime.jobs.Job getJob() {
        return computation == null ? null : computation.job();
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(projectChanged);
        if (computation != null) {
            computation.dispose();
        }
    }
}
