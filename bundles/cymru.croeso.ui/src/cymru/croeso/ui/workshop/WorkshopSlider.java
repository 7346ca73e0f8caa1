package cymru.croeso.ui.workshop;

import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/** One lever of the workshop panel: its name, its current value in large figures, and the slider. */
final class WorkshopSlider {
    private final Composite box;
    private final Scale scale;
    private final Canvas value;
    private String shownText = "";
    private final IntFunction<String> format;

    WorkshopSlider(Composite parent, String name, int max, int increment, int page, IntFunction<String> format,
            Font font, Font valueFont) {
        this.format = format;
        box = new Composite(parent, SWT.NONE);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        // the name on a line of its own (Welsh names are long), then the slider and its value side by side
        Label label = new Label(box, SWT.WRAP);
        label.setText(name);
        label.setFont(font);
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        labelData.widthHint = 460;
        label.setLayoutData(labelData);
        scale = new Scale(box, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum(max);
        scale.setIncrement(increment);
        scale.setPageIncrement(page);
        GridData scaleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        scaleData.heightHint = 48;
        scale.setLayoutData(scaleData);
        // drawn, not a GTK label: a label keeps the inner size GTK gave its first text, so "+300" showed as "00"
        // unless each move laid the row out again, which cost more than the text
        value = new Canvas(box, SWT.DOUBLE_BUFFERED);
        value.setFont(valueFont);
        GridData valueData = new GridData(SWT.END, SWT.CENTER, false, false);
        GC gc = new GC(value);
        valueData.widthHint = Math.max(150, gc.textExtent(format.apply(max)).x + 8);
        valueData.heightHint = gc.getFontMetrics().getHeight() + 4;
        gc.dispose();
        value.setLayoutData(valueData);
        value.addPaintListener(e -> {
            Point size = e.gc.textExtent(shownText);
            Rectangle area = value.getClientArea();
            e.gc.drawText(shownText, area.width - size.x, (area.height - size.y) / 2, true);
        });
    }

    /** Shows or hides the whole lever (name, slider, value); a hidden one takes no room in the panel. */
    void setShown(boolean shown) {
        ((GridData) box.getLayoutData()).exclude = !shown;
        box.setVisible(shown);
    }

    boolean isShown() {
        return box.getVisible();
    }

    String valueText() {
        return shownText;
    }

    Scale scale() {
        return scale;
    }

    int selection() {
        return scale.getSelection();
    }

    void select(int position) {
        if (scale.getSelection() != position) {
            scale.setSelection(position);
            scale.redraw();
        }
        showValue();
    }

    /**
     * Shows the slider's value: a repaint of its own small canvas, with no layout (asking GTK for sizes again on every
     * move cost more than the text).
     */
    void showValue() {
        String text = format.apply(scale.getSelection());
        if (!text.equals(shownText)) {
            shownText = text;
            value.redraw();
        }
    }
}
