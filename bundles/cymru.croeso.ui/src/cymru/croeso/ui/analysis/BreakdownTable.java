package cymru.croeso.ui.analysis;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cymru.croeso.core.analysis.ScenarioBreakdown;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.editors.ColumnWidths;

/**
 * Under the comparison chart: the compared scenarios' population of the area in a chosen year by origin group and by
 * age band, each scenario's number and, after the reference, its difference from it; then everyone.
 */
final class BreakdownTable {
    private final Composite box;
    private final Combo years;
    private final Table table;
    private ScenarioBreakdown shown;
    private List<String> names = List.of();
    private Function<String, String> groupName = Function.identity();

    BreakdownTable(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        Label heading = new Label(box, SWT.WRAP);
        heading.setText(Messages.get("comparison.breakdown"));
        heading.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        years = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
        years.setVisibleItemCount(15);
        years.addListener(SWT.Selection, e -> fill());
        table = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
    }

    Composite control() {
        return box;
    }

    /**
     * Shows a breakdown, keeping the chosen year while the runs still have it (else their last year).
     *
     * @param scenarioNames the scenarios' names, the reference first
     * @param groupNames    a group's name in the user's language from its id
     */
    void show(ScenarioBreakdown breakdown, List<String> scenarioNames, Function<String, String> groupNames) {
        int chosen = year();
        shown = breakdown;
        names = scenarioNames;
        groupName = groupNames;
        years.removeAll();
        for (int y = breakdown.firstYear(); y <= breakdown.lastYear(); y++) {
            years.add(String.valueOf(y));
        }
        years.select(chosen >= breakdown.firstYear() && chosen <= breakdown.lastYear()
                ? chosen - breakdown.firstYear() : breakdown.years() - 1);
        box.layout(true, true); // the list of years is wider now it holds them
        fill();
    }

    /** Empties the table (fewer than two scenarios ticked). */
    void clear() {
        shown = null;
        years.removeAll();
        table.removeAll();
    }

    /** The year shown, or 0 with none. */
    int year() {
        return shown == null || years.getSelectionIndex() < 0 ? 0 : shown.firstYear() + years.getSelectionIndex();
    }

    /** Shows the breakdown in {@code year}, as choosing it in the list would. */
    void showYear(int year) {
        years.select(year - shown.firstYear());
        fill();
    }

    private void fill() {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            if (shown == null) {
                return;
            }
            column(Messages.get("comparison.breakdown.what"), SWT.LEFT);
            for (int s = 0; s < names.size(); s++) {
                column(names.get(s), SWT.RIGHT);
                if (s > 0) {
                    column(Messages.get("comparison.breakdown.difference"), SWT.RIGHT);
                }
            }
            shown.groups().forEach(line -> row(groupName.apply(line.name()), line));
            shown.bands().forEach(line -> row(Messages.format("comparison.breakdown.band",
                    line.name().replace('-', '\u2013')), line));
            row(Messages.get("comparison.breakdown.total"), shown.total());
            ColumnWidths.fit(table);
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String text, int align) {
        new TableColumn(table, align).setText(text);
    }

    private void row(String label, ScenarioBreakdown.Line line) {
        NumberFormat persons = NumberFormat.getIntegerInstance(Messages.locale());
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(0, label);
        int column = 1;
        for (int s = 0; s < names.size(); s++) {
            item.setText(column++, persons.format(line.value(s, year(), shown.firstYear())));
            if (s > 0) {
                double difference = line.difference(s, year(), shown.firstYear());
                long rounded = Math.round(difference);
                item.setText(column++, (rounded > 0 ? "+" : "") + persons.format(rounded));
            }
        }
    }

    Table table() {
        return table;
    }
}
