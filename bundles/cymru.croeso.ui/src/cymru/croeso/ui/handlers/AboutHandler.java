package cymru.croeso.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import cymru.croeso.ui.Messages;

/** Help › About: the version and where the sample's figures come from. */
public class AboutHandler {
    @Execute
    public void execute(Shell shell) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        MessageDialog.openInformation(shell, Messages.get("about.title"), Messages.format("about.text", version));
    }
}
