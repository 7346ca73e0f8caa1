package cymru.croeso.ui.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.strategy.Timeline;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;

/**
 * The strategy's timeline drawn with SWT: a key, a scale of years, then for each theme a heading and one bar per
 * action over its years, coloured by status, with a dashed line at the current year. Action titles wrap in the label
 * column, measured with the font they are drawn in, so none is cut short. Its height follows its width
 * ({@link #computeSize}), for a scrolled composite around it.
 */
public class GanttCanvas extends PlannedCanvas<GanttCanvas.Plan, StrategyAction> {
    private static final int PAD = 8;
    private static final int INDENT = 14;
    private static final Color GRID = new Color(0xe0, 0xe0, 0xe0);
    private static final Color BAND = new Color(0xee, 0xf0, 0xf3);
    private static final Color SELECTED = new Color(0xd6, 0xe8, 0xfa);
    private static final Color NOW = new Color(0x15, 0x65, 0xc0);
    private static final Color MUTED = new Color(0x61, 0x61, 0x61);

    private Timeline timeline;

    /** Where everything goes at one width: computed once per width and timeline, used to paint and to hit-test. */
    record Plan(int height, int labelWidth, int chartX, double yearWidth, int yearStep, List<Point> key,
            int axisY, List<Row> rows) {
    }

    private enum Kind { HEADING, EMPTY, ACTION }

    /** One line of the chart: a theme's heading, a theme's "no actions yet", or an action and its bar (box). */
    private record Row(Kind kind, int y, int height, String text, List<String> lines, Timeline.Bar bar, Rectangle box) {
    }

    public GanttCanvas(Composite parent, int style) {
        super(parent, style, 200);
    }

    public void setTimeline(Timeline timeline) {
        this.timeline = timeline;
        replan();
    }

    public Timeline getTimeline() {
        return timeline;
    }

    /** The bar of an action as drawn at the canvas's present width, or null when it has none (not dated, not shown). */
    public Rectangle barBounds(StrategyAction action) {
        for (Row row : plan().rows()) {
            if (row.bar() != null && row.bar().action() == action) {
                return row.box() == null ? null : new Rectangle(row.box().x, row.box().y, row.box().width, row.box().height);
            }
        }
        return null;
    }

    /** The titles as wrapped into lines at the present width, action by action: none may be cut short. */
    public Map<StrategyAction, List<String>> wrappedTitles() {
        Map<StrategyAction, List<String>> out = new LinkedHashMap<>();
        for (Row row : plan().rows()) {
            if (row.bar() != null) {
                out.put(row.bar().action(), row.lines());
            }
        }
        return out;
    }

    /** The label column's width at the present width (titles wrap inside it). */
    public int labelWidth() {
        return plan().labelWidth() - INDENT;
    }

    @Override
    protected StrategyAction itemAt(Plan plan, int x, int y) {
        for (Row row : plan.rows()) {
            if (row.bar() != null && y >= row.y() && y < row.y() + row.height()) {
                return row.bar().action();
            }
        }
        return null;
    }

    @Override
    protected int height(Plan plan) {
        return plan.height();
    }

    @Override
    protected Plan plan(GC gc, int width) {
        if (timeline == null) {
            return new Plan(PAD * 2, 0, 0, 0, 1, List.of(), 0, List.of());
        }
        int lineHeight = gc.getFontMetrics().getHeight();
        // the label column takes what the longest title needs, but never more than 45 % of the width
        int natural = 0;
        gc.setFont(bold);
        for (Timeline.Group g : timeline.groups()) {
            natural = Math.max(natural, gc.textExtent(g.name()).x);
        }
        gc.setFont(getFont());
        for (Timeline.Group g : timeline.groups()) {
            for (Timeline.Bar b : g.bars()) {
                natural = Math.max(natural, gc.textExtent(b.title()).x + INDENT);
            }
        }
        int labelWidth = Math.max(Math.min(natural + 8, (int) (width * 0.45)), Math.min(160, width / 3));
        int chartX = PAD + labelWidth + PAD;
        double yearWidth = (width - chartX - PAD) / (double) timeline.years();
        int yearStep = 1;
        int labelNeed = gc.textExtent("2030").x + 8;
        for (int step : new int[] { 1, 2, 5, 10, 20 }) {
            yearStep = step;
            if (yearWidth * step >= labelNeed) {
                break;
            }
        }
        // the key's items (status colours, the current-year line) wrap onto more lines in a narrow window
        List<Point> key = new ArrayList<>();
        int kx = PAD;
        int ky = PAD;
        for (String text : keyTexts()) {
            int w = 2 * (lineHeight - 4) + 6 + gc.textExtent(text).x;
            if (kx > PAD && kx + w > width - PAD) {
                kx = PAD;
                ky += lineHeight + 4;
            }
            key.add(new Point(kx, ky));
            kx += w + 18;
        }
        int axisY = ky + lineHeight + 10;
        int y = axisY + lineHeight + 8;
        List<Row> rows = new ArrayList<>();
        if (timeline.groups().isEmpty()) {
            List<String> lines = TextWrap.lines(gc, StrategyMessages.get("timeline.empty"), width - 2 * PAD - INDENT);
            rows.add(new Row(Kind.EMPTY, y, lines.size() * lineHeight + 8, null, lines, null, null));
            y += lines.size() * lineHeight + 8;
        }
        for (Timeline.Group g : timeline.groups()) {
            int headingHeight = lineHeight + 8;
            rows.add(new Row(Kind.HEADING, y, headingHeight, g.name(), List.of(), null, null));
            y += headingHeight;
            if (g.bars().isEmpty()) {
                rows.add(new Row(Kind.EMPTY, y, lineHeight + 6, StrategyMessages.get("timeline.noActions"), List.of(), null, null));
                y += lineHeight + 6;
            }
            for (Timeline.Bar b : g.bars()) {
                List<String> lines = TextWrap.lines(gc, b.title(), labelWidth - INDENT);
                int height = lines.size() * lineHeight + 8;
                Rectangle box = null;
                if (b.dated()) {
                    int x0 = (int) Math.round(chartX + (b.start() - timeline.firstYear()) * yearWidth);
                    int x1 = (int) Math.round(chartX + (b.end() + 1 - timeline.firstYear()) * yearWidth);
                    int barHeight = Math.min(lineHeight, height - 8);
                    box = new Rectangle(x0 + 1, y + (height - barHeight) / 2, Math.max(3, x1 - x0 - 2), barHeight);
                }
                rows.add(new Row(Kind.ACTION, y, height, b.title(), lines, b, box));
                y += height;
            }
        }
        return new Plan(y + PAD, labelWidth, chartX, yearWidth, yearStep, key, axisY, rows);
    }

    @Override
    protected void paint(GC gc, Plan p) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (timeline == null) {
            return;
        }
        int lineHeight = gc.getFontMetrics().getHeight();
        paintKey(gc, p);
        // year scale and grid; with nothing to place on them, only the sentence saying so
        gc.setForeground(MUTED);
        boolean empty = timeline.groups().isEmpty();
        for (int i = 0; i <= timeline.years() && !empty; i++) {
            int x = (int) Math.round(p.chartX() + i * p.yearWidth());
            gc.setForeground(GRID);
            gc.drawLine(x, p.axisY() + lineHeight + 4, x, p.height() - PAD);
            int year = timeline.firstYear() + i;
            if (i < timeline.years() && (year - timeline.firstYear()) % p.yearStep() == 0) {
                String text = String.valueOf(year);
                int w = gc.textExtent(text).x;
                gc.setForeground(MUTED);
                gc.drawText(text, x + (int) Math.round(p.yearWidth() * Math.min(p.yearStep(), timeline.years() - i) / 2) - w / 2,
                        p.axisY(), true);
            }
        }
        for (Row row : p.rows()) {
            if (row.kind() == Kind.HEADING) {
                gc.setBackground(BAND);
                gc.fillRectangle(PAD, row.y(), area.width - 2 * PAD, row.height());
                gc.setFont(bold);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(row.text(), PAD + 4, row.y() + 4, true);
                gc.setFont(getFont());
                continue;
            }
            if (row.kind() == Kind.EMPTY) {
                gc.setFont(italic);
                gc.setForeground(MUTED);
                List<String> lines = row.lines().isEmpty() ? List.of(row.text()) : row.lines();
                for (int l = 0; l < lines.size(); l++) {
                    gc.drawText(lines.get(l), PAD + INDENT, row.y() + 3 + l * lineHeight, true);
                }
                gc.setFont(getFont());
                continue;
            }
            if (row.bar().action() == getSelected()) {
                gc.setBackground(SELECTED);
                gc.fillRectangle(PAD, row.y(), area.width - 2 * PAD, row.height());
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            for (int l = 0; l < row.lines().size(); l++) {
                gc.drawText(row.lines().get(l), PAD + INDENT, row.y() + 4 + l * lineHeight, true);
            }
            if (row.box() == null) {
                gc.setFont(italic);
                gc.setForeground(MUTED);
                gc.drawText(StrategyMessages.get("timeline.undated"), p.chartX() + 4, row.y() + 4, true);
                gc.setFont(getFont());
                continue;
            }
            Color fill = RagColours.of(row.bar().status());
            gc.setBackground(fill);
            gc.fillRoundRectangle(row.box().x, row.box().y, row.box().width, row.box().height, 6, 6);
            if (row.bar().action() == getSelected()) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(2);
                gc.drawRoundRectangle(row.box().x, row.box().y, row.box().width, row.box().height, 6, 6);
                gc.setLineWidth(1);
            }
        }
        if (!empty && timeline.currentYear() >= timeline.firstYear() && timeline.currentYear() <= timeline.lastYear()) {
            int x = (int) Math.round(p.chartX() + (timeline.currentYear() - timeline.firstYear() + 0.5) * p.yearWidth());
            gc.setForeground(NOW);
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(x, p.axisY() + lineHeight + 2, x, p.height() - PAD);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
        }
    }

    private List<String> keyTexts() {
        return List.of(StrategyMessages.get("timeline.key.green"), StrategyMessages.get("timeline.key.amber"),
                StrategyMessages.get("timeline.key.red"), StrategyMessages.format("timeline.now", timeline.currentYear()));
    }

    /** Status colours and the current-year line, explained above the scale. */
    private void paintKey(GC gc, Plan p) {
        int lineHeight = gc.getFontMetrics().getHeight();
        int box = lineHeight - 4;
        RagStatus[] statuses = { RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED };
        List<String> texts = keyTexts();
        for (int i = 0; i < texts.size(); i++) {
            Point at = p.key().get(i);
            if (i < statuses.length) {
                gc.setBackground(RagColours.of(statuses[i]));
                gc.fillRoundRectangle(at.x, at.y + 2, box * 2, box, 4, 4);
            } else {
                gc.setForeground(NOW);
                gc.setLineWidth(2);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawLine(at.x + box, at.y, at.x + box, at.y + lineHeight);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(1);
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(texts.get(i), at.x + box * 2 + 6, at.y, true);
        }
    }
}
