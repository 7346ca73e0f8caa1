package cymru.croeso.ui.parts;

import java.text.NumberFormat;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.workbench.GroupPyramid;
import cymru.croeso.model.Area;
import cymru.croeso.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The editor area's first editor: the selected area's names and headline figures from the base population. */
public class AreaSummaryPart {
    public static final String ID = "cymru.croeso.ui.part.areaSummary";

    @Inject
    private MPart part;
    @Inject
    private ProjectSession session;

    private Composite body;
    private Label heading;
    private Label[] values;
    private Area shown;

    private static final String[] FIELDS = { "summary.code", "summary.nameEn", "summary.nameCy", "summary.total",
            "summary.males", "summary.females", "summary.under16", "summary.workingAge", "summary.over65",
            "summary.bornAbroad" };

    @PostConstruct
    public void create(Composite parent) {
        body = parent;
        parent.setLayout(new GridLayout(2, false));
        heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        values = new Label[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            // names wrap, values do not: a code or a total cut short is wrong, a name on two lines is not
            Label label = new Label(parent, SWT.WRAP);
            label.setText(Messages.get(FIELDS[i]));
            GridData labelData = new GridData(SWT.FILL, SWT.CENTER, false, false);
            labelData.widthHint = 150;
            label.setLayoutData(labelData);
            values[i] = new Label(parent, SWT.NONE);
            GridData valueData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            valueData.minimumWidth = 90;
            values[i].setLayoutData(valueData);
        }
        Label source = new Label(parent, SWT.WRAP);
        source.setText(Messages.get("summary.source"));
        GridData sourceData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        sourceData.widthHint = 240;
        sourceData.verticalIndent = 12;
        source.setLayoutData(sourceData);
        show(SelectedArea.initial(session.project()));
        session.commandStack().addCommandStackListener(e -> {
            if (!body.isDisposed()) {
                show(shown);
            }
        });
    }

    @Inject
    @Optional
    public void areaSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Area area) {
        if (area != null && body != null && !body.isDisposed()) {
            show(area);
        }
    }

    private void show(Area area) {
        if (area == null || session.project().getBasePopulation() == null
                || !session.project().getBasePopulation().getAreas().contains(area)) {
            return;
        }
        shown = area;
        GroupPyramid p = GroupPyramid.ofBase(session.project().getBasePopulation(), area);
        NumberFormat n = NumberFormat.getIntegerInstance(Messages.locale());
        NumberFormat pct = NumberFormat.getPercentInstance(Messages.locale());
        pct.setMaximumFractionDigits(1);
        double ukBorn = 0;
        for (int g = 0; g < p.groups().size(); g++) {
            ukBorn += p.groups().get(g).isUkBorn() ? p.groupTotal(g) : 0;
        }
        String name = ProjectLabels.of(area);
        heading.setText(name);
        part.setLabel(Messages.get("summary.title") + ": " + name);
        String[] text = { area.getCode(), area.getNameEn(), area.getNameCy(), n.format(p.total()),
                n.format(p.maleTotal()), n.format(p.femaleTotal()), n.format(p.persons(0, 15)),
                n.format(p.persons(16, 64)), n.format(p.persons(65, p.topAge())),
                pct.format(p.total() == 0 ? 0 : 1 - ukBorn / p.total()) };
        for (int i = 0; i < text.length; i++) {
            values[i].setText(text[i]);
        }
        body.layout(true, true);
    }

    /** The value shown for a field, e.g. {@code summary.total}. */
    public String valueOf(String field) {
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(field)) {
                return values[i].getText();
            }
        }
        throw new IllegalArgumentException(field);
    }

    public Area getShown() {
        return shown;
    }

    @Focus
    public void setFocus() {
        body.setFocus();
    }
}
