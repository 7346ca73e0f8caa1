package cymru.croeso.ui.indicators;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.strategy.DashboardRow;
import cymru.croeso.core.strategy.IndicatorDashboard;
import cymru.croeso.core.strategy.MeasurementEdits;
import cymru.croeso.data.indicators.IndicatorCatalogue;
import cymru.croeso.model.Area;
import cymru.croeso.model.Indicator;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.parts.ProjectLabels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The integration indicators dashboard: the framework's seven domains with each indicator's latest measurement for
 * migrants and the UK-born as paired bars, the gap, baseline, target and RAG chip; below it what the framework's
 * catalogue says about the chosen indicator, and a form to record a measurement (an undoable command).
 */
public class IndicatorsPart {
    public static final String ID = "cymru.croeso.ui.part.indicators";
    /** Read once: the catalogue ships inside the data bundle and never changes while the workbench runs. */
    private static IndicatorCatalogue catalogue;

    @Inject
    private ProjectSession session;

    private final CommandStackListener refresher = e -> refresh();
    private Composite body;
    private Label heading;
    private Label intro;
    private Combo areas;
    private Button addFramework;
    private ScrolledComposite scroll;
    private CTabFolder lower;
    private DashboardCanvas dashboard;
    private CatalogueView catalogueView;
    private MeasurementForm form;
    private final List<Area> areaChoices = new ArrayList<>();
    private Indicator selected;

    @PostConstruct
    public void create(Composite parent) {
        body = parent;
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 300;
        heading.setLayoutData(headingData);
        Composite tools = new Composite(parent, SWT.NONE);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout toolsLayout = new GridLayout(2, false);
        toolsLayout.marginHeight = 0;
        tools.setLayout(toolsLayout);
        Label areaLabel = new Label(tools, SWT.NONE);
        areaLabel.setText(IndicatorMessages.get("area.label"));
        areas = new Combo(tools, SWT.READ_ONLY);
        areas.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        areas.addListener(SWT.Selection, e -> refresh());
        addFramework = new Button(tools, SWT.PUSH);
        // on a line of its own: beside the area list, the Welsh label ran out of room and lost its first word
        addFramework.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        addFramework.addListener(SWT.Selection, e -> {
            var command = MeasurementEdits.addFramework(session.editingDomain(), session.project(), catalogue());
            if (command != null) {
                session.execute(command);
            }
        });
        intro = new Label(parent, SWT.WRAP);
        intro.setText(IndicatorMessages.get("intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 400;
        intro.setLayoutData(introData);
        DashboardKey.create(parent).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.BORDER);
        dashboard = new DashboardCanvas(scroll, SWT.NONE);
        scroll.setContent(dashboard);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fit());
        dashboard.onSelect(this::choose);
        // below the dashboard, on two tabs: recording a measurement (and those recorded), and what the framework says
        lower = new CTabFolder(sash, SWT.BORDER);
        CTabItem recordTab = new CTabItem(lower, SWT.NONE);
        recordTab.setText(IndicatorMessages.get("tab.record"));
        Composite page = new Composite(lower, SWT.NONE);
        GridLayout pageLayout = new GridLayout(1, false);
        pageLayout.marginWidth = 0;
        page.setLayout(pageLayout);
        Composite strip = new Composite(page, SWT.NONE);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form = new MeasurementForm(strip, page, session);
        recordTab.setControl(page);
        CTabItem catalogueTab = new CTabItem(lower, SWT.NONE);
        catalogueTab.setText(IndicatorMessages.get("tab.catalogue"));
        catalogueView = new CatalogueView(lower);
        catalogueTab.setControl(catalogueView.control());
        lower.setSelection(0);
        sash.setWeights(55, 45);
        fillAreas();
        refresh();
        session.commandStack().addCommandStackListener(refresher);
    }

    /** The framework's catalogue, read once. */
    public static IndicatorCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = IndicatorCatalogue.load();
        }
        return catalogue;
    }

    private void fillAreas() {
        areas.removeAll();
        areaChoices.clear();
        areas.add(IndicatorMessages.get("area.whole"));
        areaChoices.add(null);
        for (Area a : session.project().getAreas()) {
            areas.add(ProjectLabels.of(a));
            areaChoices.add(a);
        }
        areas.select(0);
    }

    /** The area whose measurements are shown; null for the whole project. */
    public Area getArea() {
        return areaChoices.get(Math.max(0, areas.getSelectionIndex()));
    }

    private void refresh() {
        if (body == null || body.isDisposed()) {
            return;
        }
        List<IndicatorDashboard.Section> sections = IndicatorDashboard.of(session.project(), catalogue(), getArea(),
                Messages.locale());
        dashboard.setSections(sections);
        fit();
        long all = sections.stream().mapToLong(s -> s.rows().size()).sum();
        long measured = sections.stream().flatMap(s -> s.rows().stream()).filter(DashboardRow::measured).count();
        heading.setText(all == 0 ? IndicatorMessages.get("heading.none") : IndicatorMessages.format("heading", measured, all));
        int missing = MeasurementEdits.missing(session.project(), catalogue()).size();
        addFramework.setText(IndicatorMessages.format("button.addFramework", missing));
        addFramework.setVisible(missing > 0 && !session.isReadOnly());
        ((GridData) addFramework.getLayoutData()).exclude = !addFramework.getVisible();
        intro.setVisible(missing > 0);
        ((GridData) intro.getLayoutData()).exclude = missing == 0;
        if (selected != null && !session.project().getIndicators().contains(selected)) {
            selected = null;
        }
        showChosen();
        body.layout(true, true);
    }

    private void fit() {
        int width = scroll.getClientArea().width;
        if (width > 0) {
            scroll.setMinSize(dashboard.computeSize(width, SWT.DEFAULT));
        }
    }

    private void choose(Indicator indicator) {
        selected = indicator;
        showChosen();
    }

    private void showChosen() {
        dashboard.setSelected(selected);
        catalogueView.show(selected == null ? null : dashboard.rowOf(selected));
        form.show(selected, getArea());
    }

    /** Chooses an indicator as a click on its line would, scrolling it into view. */
    public void reveal(Indicator indicator) {
        choose(indicator);
        DashboardRow row = dashboard.rowOf(indicator);
        var bars = row == null ? null : dashboard.barBounds(indicator);
        if (bars != null && bars[0] != null) {
            scroll.setOrigin(0, Math.max(0, bars[0].y - 60));
        }
    }

    /** Types a measurement into the form and presses Record, as a planner would. */
    public void recordMeasurement(String year, String migrants, String ukBorn, String baseline, String target) {
        form.fill(year, migrants, ukBorn, baseline, target);
        form.recordButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    public String getFormMessage() {
        return form.message();
    }

    public String getCatalogueText() {
        return catalogueView.text();
    }

    /** The tabs under the dashboard: 0 records a measurement, 1 shows what the framework says. */
    public CTabFolder getLowerTabs() {
        return lower;
    }

    public DashboardCanvas getDashboard() {
        return dashboard;
    }

    public Button getAddFrameworkButton() {
        return addFramework;
    }

    public Indicator getSelected() {
        return selected;
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(refresher);
    }

    @Focus
    public void setFocus() {
        dashboard.setFocus();
    }
}
