package cymru.croeso.ui.editors;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import cymru.croeso.core.editing.ElementNames;
import cymru.croeso.core.editing.ScenarioAgainstParent;
import cymru.croeso.core.editing.ScenarioAgainstParent.ActionRow;
import cymru.croeso.core.editing.ScenarioEdits;
import cymru.croeso.model.Scenario;

/**
 * The strategy's actions with a tick for those the scenario switches on; an action a parent switches on is ticked
 * and greyed, since it is on here whatever this scenario says. Each tick is one command.
 */
final class ActionSwitches {
    private final EditorContext context;
    private final Scenario scenario;
    private final Table table;
    private final Label none;
    private List<ActionRow> rows = List.of();

    ActionSwitches(Composite parent, EditorContext context, Scenario scenario) {
        this.context = context;
        this.scenario = scenario;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Label heading = new Label(box, SWT.NONE);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setText(EditorMessages.get("scenario.actions"));
        none = new Label(box, SWT.WRAP);
        none.setText(EditorMessages.get("scenario.noActions"));
        GridData noneData = new GridData(SWT.FILL, SWT.TOP, true, false);
        noneData.widthHint = 200;
        none.setLayoutData(noneData);
        table = new Table(box, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 110;
        table.setLayoutData(data);
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                toggle((TableItem) e.item);
            }
        });
        refresh();
    }

    private void toggle(TableItem item) {
        ActionRow row = rows.get(table.indexOf(item));
        if (row.inherited()) {
            item.setChecked(true); // on in a parent: switching it off here would not take effect
            context.refuse(EditorMessages.get("scenario.actionInherited"));
            return;
        }
        context.execute(ScenarioEdits.switchAction(context.session().editingDomain(), scenario, row.action(),
                item.getChecked()));
    }

    void refresh() {
        if (table.isDisposed()) {
            return;
        }
        rows = new ScenarioAgainstParent(context.project(), scenario, context.locale()).actions();
        table.removeAll();
        for (ActionRow row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            String years = row.action().getStartYear() == 0 ? ""
                    : " (" + row.action().getStartYear() + "\u2013" + row.action().getEndYear() + ")";
            item.setText(ElementNames.of(row.action(), context.locale()) + years
                    + (row.inherited() ? " \u2014 " + EditorMessages.get("scenario.onInParent") : ""));
            item.setChecked(row.on() || row.inherited());
            item.setGrayed(row.inherited());
        }
        boolean empty = rows.isEmpty();
        ((GridData) none.getLayoutData()).exclude = !empty;
        none.setVisible(empty);
        ((GridData) table.getLayoutData()).exclude = empty;
        table.setVisible(!empty);
        table.getParent().layout(true, true);
    }

    Table table() {
        return table;
    }
}
