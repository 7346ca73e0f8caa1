package cymru.croeso.ui.indicators;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.strategy.InputProblem;
import cymru.croeso.core.strategy.Inputs;
import cymru.croeso.core.strategy.MeasurementEdits;
import cymru.croeso.core.strategy.StrategyWords;
import cymru.croeso.model.Area;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.Measurement;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.editors.ColumnWidths;

/**
 * Records an indicator's measurement for a year (migrants, UK-born, and optionally a new baseline and target) as one
 * command, and lists the measurements recorded so far for the area shown.
 */
final class MeasurementForm {
    private final ProjectSession session;
    private final Inputs inputs = new Inputs(Messages.locale());
    private final Composite body;
    private final Label title;
    private final Text year;
    private final Text migrants;
    private final Text ukBorn;
    private final Text baseline;
    private final Text target;
    private final Button record;
    private final Label message;
    private final TableViewer history;
    private Indicator indicator;
    private Area area;

    /**
     * @param strip   where the fields go: a title, the five fields side by side under their labels, Record, a message
     * @param lower   where the table of measurements recorded so far goes (a composite with a grid layout)
     */
    MeasurementForm(Composite strip, Composite lower, ProjectSession session) {
        this.session = session;
        body = strip;
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        body.setLayout(layout);
        title = new Label(body, SWT.WRAP);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1);
        titleData.widthHint = 200;
        title.setLayoutData(titleData);
        String[] keys = { "form.year", "form.migrants", "form.ukBorn", "form.baseline", "form.target" };
        for (String key : keys) {
            Label label = new Label(body, SWT.WRAP);
            label.setText(IndicatorMessages.get(key));
            GridData data = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
            data.widthHint = 90;
            label.setLayoutData(data);
        }
        new Label(body, SWT.NONE);
        year = field();
        migrants = field();
        ukBorn = field();
        baseline = field();
        target = field();
        record = new Button(body, SWT.PUSH);
        record.setText(IndicatorMessages.get("form.record"));
        record.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        record.addListener(SWT.Selection, e -> record());
        message = new Label(body, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1);
        messageData.widthHint = 200;
        message.setLayoutData(messageData);
        history = new TableViewer(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        history.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        history.getTable().setHeaderVisible(true);
        history.getTable().setLinesVisible(true);
        history.setContentProvider(ArrayContentProvider.getInstance());
        column("history.year", m -> String.valueOf(m.getYear()));
        column("history.migrants", m -> number(m.getMigrants()));
        column("history.ukBorn", m -> number(m.getUkBorn()));
        column("history.gap", m -> m.getMigrants() == null || m.getUkBorn() == null ? ""
                : StrategyWords.number(m.getMigrants() - m.getUkBorn()));
        column("history.baseline", m -> number(m.getBaseline()));
        column("history.target", m -> number(m.getTarget()));
        show(null, null);
    }

    private Text field() {
        Text text = new Text(body, SWT.BORDER | SWT.RIGHT);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 60;
        text.setLayoutData(data);
        text.addListener(SWT.DefaultSelection, e -> record());
        return text;
    }

    private void column(String key, Function<Measurement, String> text) {
        TableViewerColumn c = new TableViewerColumn(history, SWT.RIGHT);
        c.getColumn().setText(IndicatorMessages.get(key));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Measurement) element);
            }
        });
    }

    /** Shows the form for an indicator and area (null: the whole project); a new indicator clears the fields. */
    void show(Indicator chosen, Area chosenArea) {
        if (chosen != indicator) {
            for (Text t : new Text[] { migrants, ukBorn, baseline, target }) {
                t.setText("");
            }
            year.setText(String.valueOf(Year.now().getValue()));
            message.setText("");
        }
        indicator = chosen;
        area = chosenArea;
        boolean writable = chosen != null && !session.isReadOnly();
        for (Text t : new Text[] { year, migrants, ukBorn, baseline, target }) {
            t.setEnabled(writable);
        }
        record.setEnabled(writable);
        title.setText(chosen == null ? IndicatorMessages.get("form.none") : IndicatorMessages.format("form.title", chosen.getId()));
        if (chosen != null && session.isReadOnly()) {
            message.setText(IndicatorMessages.get("form.readOnly"));
        }
        List<Measurement> rows = chosen == null ? List.of() : chosen.getMeasurements().stream()
                .filter(m -> m.getArea() == chosenArea).sorted(Comparator.comparingInt(Measurement::getYear).reversed()).toList();
        history.setInput(rows);
        ColumnWidths.fit(history.getTable());
        body.getParent().layout(true, true);
    }

    /** Fills the fields as a planner would type them (empty text for a field left blank). */
    void fill(String yearText, String migrantsText, String ukBornText, String baselineText, String targetText) {
        year.setText(yearText);
        migrants.setText(migrantsText);
        ukBorn.setText(ukBornText);
        baseline.setText(baselineText);
        target.setText(targetText);
    }

    Button recordButton() {
        return record;
    }

    String message() {
        return message.getText();
    }

    private void record() {
        if (indicator == null || session.isReadOnly()) {
            return;
        }
        String where = IndicatorMessages.format("form.where", indicator.getId());
        try {
            int y = inputs.year(year.getText(), where, IndicatorMessages.get("form.year"));
            Double m = inputs.number(migrants.getText(), where, IndicatorMessages.get("form.migrants"), true);
            Double u = inputs.number(ukBorn.getText(), where, IndicatorMessages.get("form.ukBorn"), true);
            Double b = inputs.number(baseline.getText(), where, IndicatorMessages.get("form.baseline"), true);
            Double t = inputs.number(target.getText(), where, IndicatorMessages.get("form.target"), true);
            if (m == null && u == null && b == null && t == null) {
                message.setText(IndicatorMessages.get("form.nothing"));
                body.layout(true, true);
                return;
            }
            Command command = MeasurementEdits.record(session.editingDomain(), indicator, area, y, m, u, b, t, Messages.locale());
            if (command != null && session.execute(command)) {
                message.setText(IndicatorMessages.format("form.recorded", y, indicator.getId()));
            }
        } catch (InputProblem e) {
            message.setText(e.getMessage());
        }
        body.layout(true, true);
    }

    private static String number(Double v) {
        return v == null ? "" : StrategyWords.number(v);
    }
}
