package cymru.croeso.ui.strategy;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A white canvas of rows whose layout (its plan, type {@code P}) is measured once per width and then used both to
 * paint and to hit-test; a click selects the item (type {@code T}) under the mouse. Its height follows its width
 * ({@link #computeSize}), for a scrolled composite around it. The timeline and the indicators dashboard are two.
 */
public abstract class PlannedCanvas<P, T> extends Canvas {
    protected final Font bold;
    protected final Font italic;
    private final int minimumWidth;
    private T selected;
    private P plan;
    private int planWidth = -1;
    private Consumer<T> onSelect = t -> { };

    /** @param minimumWidth the narrowest width planned for: narrower canvases are laid out at this width and clipped */
    protected PlannedCanvas(Composite parent, int style, int minimumWidth) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        this.minimumWidth = minimumWidth;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        FontData data = getFont().getFontData()[0];
        bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
        italic = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.ITALIC);
        addPaintListener(e -> paint(e.gc, plan(getClientArea().width)));
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.MouseDown, e -> {
            T hit = itemAt(plan(getClientArea().width), e.x, e.y);
            if (hit != null) {
                setSelected(hit);
                onSelect.accept(hit);
            }
        });
        addDisposeListener(e -> {
            bold.dispose();
            italic.dispose();
        });
    }

    /** Lays the rows out at {@code width} with {@code gc}'s (the canvas's) font. */
    protected abstract P plan(GC gc, int width);

    /** The height the rows take in {@code plan}. */
    protected abstract int height(P plan);

    protected abstract void paint(GC gc, P plan);

    /** The item at a point, or null. */
    protected abstract T itemAt(P plan, int x, int y);

    /** The plan at the canvas's present width. */
    protected final P plan() {
        return plan(getClientArea().width);
    }

    /** Forgets the plan after the content changed, and repaints. */
    protected final void replan() {
        plan = null;
        redraw();
    }

    public void setSelected(T item) {
        selected = item;
        redraw();
    }

    public T getSelected() {
        return selected;
    }

    public void onSelect(Consumer<T> listener) {
        onSelect = listener;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int width = wHint == SWT.DEFAULT ? 700 : wHint;
        return new Point(width, hHint == SWT.DEFAULT ? height(plan(width)) : hHint);
    }

    private P plan(int width) {
        if (plan != null && planWidth == width) {
            return plan;
        }
        GC gc = new GC(this);
        try {
            plan = plan(gc, Math.max(width, minimumWidth));
            planWidth = width;
            return plan;
        } finally {
            gc.dispose();
        }
    }
}
