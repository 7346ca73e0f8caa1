package cymru.croeso.ui.chart;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;

/** Puts a chart on the clipboard as an image of the size it has on screen, for pasting into a document or an e-mail. */
final class ChartClipboard {

    private ChartClipboard() {
    }

    static void copy(ChartCanvas canvas) {
        Rectangle area = canvas.getClientArea();
        if (canvas.getChart() == null || area.width <= 0 || area.height <= 0) {
            return;
        }
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        ImageData data;
        GC gc = new GC(image);
        try {
            ChartCanvas.draw(gc, canvas.getChart(), area.width, area.height);
            data = image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
        Clipboard clipboard = new Clipboard(canvas.getDisplay());
        try {
            clipboard.setContents(new Object[] { data }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
