package cymru.croeso.ui.project;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Keeps the workbench's windows whole on their screen. Before the main window is drawn its bounds are fitted into the
 * screen's work area: Application.e4xmi asks for 1280 × 800 at (20, 20), which runs off a 1280-wide screen and a
 * 1366 × 768 laptop's. And once a window is shown it is laid out again: without a window manager (Xvfb, a kiosk) no
 * configure event follows the first layout, which GTK made before the menu bar had its height, so every part sat one
 * menu bar too tall and lost its bottom 25 px (chart source lines, the last row of the explorer).
 */
public class WindowFitAddon {
    /**
     * The menu bar gets its height when GTK gets round to it, with no event a shell hears, so the window is looked
     * at after 50 ms, then 100, 200 … up to 1.6 s; a check costs a few bounds comparisons.
     */
    private static final int FIRST_CHECK_MILLIS = 50;
    private static final int LAST_CHECK_MILLIS = 1_600;

    @PostConstruct
    public void fit(MApplication application) {
        Display display = Display.getDefault();
        Rectangle area = display.getPrimaryMonitor().getClientArea();
        for (MWindow window : application.getChildren()) {
            if (window.getWidth() > 0 && window.getHeight() > 0) {
                Rectangle fitted = fitted(new Rectangle(window.getX(), window.getY(), window.getWidth(),
                        window.getHeight()), area);
                window.setX(fitted.x);
                window.setY(fitted.y);
                window.setWidth(fitted.width);
                window.setHeight(fitted.height);
            }
        }
    }

    /** A window's bounds moved, and if need be shrunk, to lie inside a screen's work area. */
    public static Rectangle fitted(Rectangle wanted, Rectangle area) {
        int width = Math.min(wanted.width, area.width);
        int height = Math.min(wanted.height, area.height);
        int x = Math.max(area.x, Math.min(wanted.x, area.x + area.width - width));
        int y = Math.max(area.y, Math.min(wanted.y, area.y + area.height - height));
        return new Rectangle(x, y, width, height);
    }

    /** Every window's shell, as it is made: checked after it is shown, and laid out again if the menu bar grew. */
    @Inject
    @Optional
    public void windowMade(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell) {
            shell.addListener(SWT.Show, e -> settle(shell, FIRST_CHECK_MILLIS));
        }
    }

    private static void settle(Shell shell, int delay) {
        shell.getDisplay().timerExec(delay, () -> {
            if (shell.isDisposed()) {
                return;
            }
            if (overflows(shell)) {
                shell.layout(true, true);
            }
            if (delay < LAST_CHECK_MILLIS) {
                settle(shell, delay * 2);
            }
        });
    }

    /** Whether a visible child of the shell reaches past its client area: laid out for a larger one. */
    static boolean overflows(Shell shell) {
        Rectangle area = shell.getClientArea();
        for (Control child : shell.getChildren()) {
            Rectangle b = child.getBounds();
            if (child.isVisible() && (b.x + b.width > area.x + area.width || b.y + b.height > area.y + area.height)) {
                return true;
            }
        }
        return false;
    }
}
