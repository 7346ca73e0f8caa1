package cymru.croeso.ui.strategy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cymru.croeso.core.strategy.ActionRows;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.StrategyAction;

/** Ticks the organisations that support an action; the answer is the ticked ones in the project's order. */
final class PartnersDialog extends Dialog {
    private final StrategyAction action;
    private final List<Organisation> organisations;
    private CheckboxTableViewer viewer;
    private List<Organisation> chosen = List.of();

    PartnersDialog(Shell shell, StrategyAction action, List<Organisation> organisations) {
        super(shell);
        this.action = action;
        this.organisations = List.copyOf(organisations);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(StrategyMessages.format("partners.title", ActionRows.title(action)));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label text = new Label(area, SWT.WRAP);
        text.setText(StrategyMessages.get(organisations.isEmpty() ? "partners.none" : "partners.text"));
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 380;
        text.setLayoutData(textData);
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ActionRows.name((Organisation) element);
            }
        });
        viewer.setInput(organisations);
        viewer.setCheckedElements(action.getPartners().toArray());
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 200;
        viewer.getTable().setLayoutData(listData);
        return area;
    }

    @Override
    protected void okPressed() {
        List<Organisation> ticked = new ArrayList<>();
        for (Organisation o : organisations) {
            if (viewer.getChecked(o)) {
                ticked.add(o);
            }
        }
        chosen = ticked;
        super.okPressed();
    }

    /** The organisations ticked when the planner pressed OK. */
    List<Organisation> chosen() {
        return chosen;
    }
}
