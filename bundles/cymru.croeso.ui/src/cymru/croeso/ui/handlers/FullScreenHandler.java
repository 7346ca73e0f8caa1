package cymru.croeso.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** Window › Full screen (F11): toggles the main window between full screen and its normal size. */
public class FullScreenHandler {
    @Execute
    public void execute(Shell shell) {
        shell.setFullScreen(!shell.getFullScreen());
    }
}
