package cymru.croeso.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.workbench.GroupPyramid;
import cymru.croeso.export.chart.GroupPyramidChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.chart.KeyOnTop;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The selected area's base population as a pyramid stacked by origin group. */
public class PyramidPart {
    public static final String ID = "cymru.croeso.ui.part.pyramid";

    @Inject
    private ProjectSession session;

    private ChartCanvas canvas;
    private GroupPyramid shown;
    private Area area;
    private final CommandStackListener redraw = e -> show(area);

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        canvas = new ChartCanvas(parent, SWT.NONE);
        show(SelectedArea.initial(session.project()));
        session.commandStack().addCommandStackListener(redraw);
    }

    @Inject
    @Optional
    public void areaSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Area selected) {
        if (selected != null && canvas != null && !canvas.isDisposed()) {
            show(selected);
        }
    }

    private void show(Area selected) {
        if (selected == null || canvas.isDisposed() || session.project().getBasePopulation() == null
                || !session.project().getBasePopulation().getAreas().contains(selected)) {
            return;
        }
        area = selected;
        shown = GroupPyramid.ofBase(session.project().getBasePopulation(), selected);
        canvas.setChart(KeyOnTop.of(GroupPyramidChart.create(Messages.format("pyramid.title", ProjectLabels.of(selected), shown.year()),
                groupNames(shown.groups()), shown.males(), shown.females(), Messages.get("pyramid.source"),
                Messages.locale())));
    }

    static List<String> groupNames(List<PopulationGroup> groups) {
        return groups.stream().map(ProjectLabels::of).toList();
    }

    /** The population the chart was built from. */
    public GroupPyramid getShown() {
        return shown;
    }

    public ChartCanvas getCanvas() {
        return canvas;
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(redraw);
    }

    @Focus
    public void setFocus() {
        canvas.setFocus();
    }
}
