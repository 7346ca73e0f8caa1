package cymru.croeso.ui.editors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The line at the top of an editor that says why an edit was refused (and that nothing changed); hidden when there
 * is nothing to say. A line in the editor rather than a dialog, so typing is never interrupted by a window.
 */
public final class MessageLine {
    private final Composite box;
    private final Label icon;
    private final Label text;

    public MessageLine(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 4;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        icon = new Label(box, SWT.NONE);
        icon.setImage(Display.getDefault().getSystemImage(SWT.ICON_WARNING));
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        text = new Label(box, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 200;
        text.setLayoutData(data);
        text.setFont(JFaceResources.getDialogFont());
        show("");
    }

    /** Shows {@code message}, or hides the line when it is empty. */
    public void show(String message) {
        if (box.isDisposed()) {
            return;
        }
        boolean visible = message != null && !message.isEmpty();
        text.setText(visible ? message : "");
        text.setToolTipText(visible ? message : null);
        ((GridData) box.getLayoutData()).exclude = !visible;
        box.setVisible(visible);
        box.getParent().layout(true, true);
    }

    public String text() {
        return text.getText();
    }
}
