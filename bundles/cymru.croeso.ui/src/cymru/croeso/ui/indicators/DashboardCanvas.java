package cymru.croeso.ui.indicators;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.strategy.DashboardRow;
import cymru.croeso.core.strategy.IndicatorDashboard;
import cymru.croeso.core.strategy.StrategyWords;
import cymru.croeso.data.indicators.Polarity;
import cymru.croeso.data.indicators.RagStatus;
import cymru.croeso.model.Indicator;
import cymru.croeso.ui.strategy.PlannedCanvas;
import cymru.croeso.ui.strategy.RagColours;
import cymru.croeso.ui.strategy.TextWrap;

/**
 * The indicators dashboard drawn with SWT (its key is {@link DashboardKey}): under each domain's heading, one line per indicator with its RAG status as
 * a coloured chip, its id and wording (wrapped, never cut), the latest values for migrants and the UK-born as paired
 * bars, and the gap, baseline and target. Its height follows its width, for a scrolled composite around it.
 */
public class DashboardCanvas extends PlannedCanvas<DashboardCanvas.Plan, Indicator> {
    /** Migrants in the framework's comparisons; UK-born in the muted blue the pyramids give the UK-born group. */
    static final RGB MIGRANTS = new RGB(0xe6, 0x9f, 0x00);
    static final RGB UK_BORN = new RGB(0x9b, 0xb7, 0xd4);
    private static final int PAD = 8;
    private static final int GAP = 12;
    private static final Color BAND = new Color(0xee, 0xf0, 0xf3);
    private static final Color SELECTED = new Color(0xd6, 0xe8, 0xfa);
    private static final Color MUTED = new Color(0x61, 0x61, 0x61);
    private static final Color RULE = new Color(0xe0, 0xe0, 0xe0);

    private List<IndicatorDashboard.Section> sections = List.of();

    record Plan(int height, int chipWidth, int textX, int textWidth, int barsX, int barsWidth, int valueWidth,
            int numbersX, List<Row> rows) {
    }

    private enum Kind { HEADING, EMPTY, INDICATOR }

    private record Row(Kind kind, int y, int height, String text, List<String> lines, List<String> numbers,
            DashboardRow data) {
    }

    public DashboardCanvas(Composite parent, int style) {
        super(parent, style, 300);
    }

    public void setSections(List<IndicatorDashboard.Section> sections) {
        this.sections = List.copyOf(sections);
        replan();
    }

    public List<IndicatorDashboard.Section> getSections() {
        return sections;
    }

    /** The row shown for an indicator, or null. */
    public DashboardRow rowOf(Indicator indicator) {
        return sections.stream().flatMap(s -> s.rows().stream()).filter(r -> r.indicator() == indicator).findFirst()
                .orElse(null);
    }

    /** The migrants' and UK-born bars of an indicator as drawn at the present width (null for a value not measured). */
    public Rectangle[] barBounds(Indicator indicator) {
        Plan p = plan();
        for (Row row : p.rows()) {
            if (row.data() != null && row.data().indicator() == indicator) {
                return new Rectangle[] { bar(p, row, 0), bar(p, row, 1) };
            }
        }
        return null;
    }

    /** The wording of every indicator as wrapped at the present width: none may be cut short. */
    public List<List<String>> wrappedWordings() {
        return plan().rows().stream().filter(r -> r.kind() == Kind.INDICATOR).map(Row::lines).toList();
    }

    /** How wide the wording column is at the present width. */
    public int wordingWidth() {
        return plan().textWidth();
    }

    @Override
    protected Indicator itemAt(Plan plan, int x, int y) {
        for (Row row : plan.rows()) {
            if (row.data() != null && y >= row.y() && y < row.y() + row.height()) {
                return row.data().indicator();
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
        int lh = gc.getFontMetrics().getHeight();
        int chipWidth = 0;
        for (RagStatus s : RagStatus.values()) {
            chipWidth = Math.max(chipWidth, gc.textExtent(IndicatorMessages.get("chip." + s.name())).x + 16);
        }
        int valueWidth = gc.textExtent("100.0").x + 8;
        List<List<String>> numbers = new ArrayList<>();
        int numbersWidth = 0;
        for (IndicatorDashboard.Section s : sections) {
            for (DashboardRow r : s.rows()) {
                List<String> lines = numbers(r);
                numbers.add(lines);
                for (String l : lines) {
                    numbersWidth = Math.max(numbersWidth, gc.textExtent(l).x);
                }
            }
        }
        // the numbers keep to 30 % of the width and wrap beyond it
        numbersWidth = Math.min(numbersWidth, (int) (width * 0.3));
        for (int i = 0; i < numbers.size(); i++) {
            List<String> wrapped = new ArrayList<>();
            for (String l : numbers.get(i)) {
                wrapped.addAll(TextWrap.lines(gc, l, numbersWidth));
            }
            numbers.set(i, wrapped);
        }
        int barsWidth = Math.max(120, Math.min(240, (int) (width * 0.22)));
        int textX = PAD + chipWidth + GAP;
        int textWidth = width - textX - GAP - barsWidth - GAP - numbersWidth - 2 * PAD;
        if (textWidth < 180) {
            barsWidth = Math.max(90, barsWidth - (180 - textWidth));
            textWidth = width - textX - GAP - barsWidth - GAP - numbersWidth - 2 * PAD;
        }
        int barsX = textX + textWidth + GAP;
        int numbersX = barsX + barsWidth + GAP;
        int y = PAD;
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (IndicatorDashboard.Section s : sections) {
            gc.setFont(bold);
            List<String> title = TextWrap.lines(gc, s.title(), width - 2 * PAD - 8);
            gc.setFont(getFont());
            int headingHeight = title.size() * lh + 8;
            rows.add(new Row(Kind.HEADING, y, headingHeight, s.title(), title, List.of(), null));
            y += headingHeight;
            if (s.rows().isEmpty()) {
                rows.add(new Row(Kind.EMPTY, y, lh + 8, IndicatorMessages.get("domain.empty"), List.of(), List.of(), null));
                y += lh + 8;
            }
            for (DashboardRow r : s.rows()) {
                String text = (r.id().isEmpty() ? "" : r.id() + "  ") + r.wording();
                List<String> lines = TextWrap.lines(gc, text, Math.max(40, textWidth));
                List<String> nums = numbers.get(n++);
                // wording plus the "higher is better" line; two bars; the numbers
                int height = Math.max(Math.max((lines.size() + 1) * lh, 2 * lh + 4), nums.size() * lh) + 12;
                rows.add(new Row(Kind.INDICATOR, y, height, text, lines, nums, r));
                y += height;
            }
        }
        return new Plan(y + PAD, chipWidth, textX, textWidth, barsX, barsWidth, valueWidth, numbersX, rows);
    }

    private static List<String> numbers(DashboardRow r) {
        List<String> lines = new ArrayList<>();
        if (r.year() == 0) {
            lines.add(IndicatorMessages.get("row.notMeasured"));
            return lines;
        }
        lines.add(r.measured() ? IndicatorMessages.format("row.gap", StrategyWords.number(r.gap()), r.year())
                : IndicatorMessages.format("row.oneGroup", r.year()));
        String baseline = Double.isNaN(r.baseline()) ? IndicatorMessages.get("row.noBaseline")
                : IndicatorMessages.format("row.baseline", StrategyWords.number(r.baseline()));
        String target = Double.isNaN(r.target()) ? IndicatorMessages.get("row.noTarget")
                : IndicatorMessages.format("row.target", StrategyWords.number(r.target()));
        lines.add(baseline + " \u00b7 " + target);
        return lines;
    }

    /** Bar 0 (migrants) or 1 (UK-born) of a row: on a 0–100 scale for percentages, or the row's larger value. */
    private static Rectangle bar(Plan p, Row row, int which) {
        DashboardRow r = row.data();
        double value = which == 0 ? r.migrants() : r.ukBorn();
        if (Double.isNaN(value)) {
            return null;
        }
        double scale = Math.max(100, Math.max(nan0(r.migrants()), nan0(r.ukBorn())));
        int full = p.barsWidth() - p.valueWidth();
        int length = (int) Math.round(full * Math.max(0, value) / scale);
        int barHeight = 12;
        int top = row.y() + 6 + which * (barHeight + 6);
        return new Rectangle(p.barsX(), top, Math.max(1, length), barHeight);
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    @Override
    protected void paint(GC gc, Plan p) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int lh = gc.getFontMetrics().getHeight();
        for (Row row : p.rows()) {
            switch (row.kind()) {
                case HEADING -> {
                    gc.setBackground(BAND);
                    gc.fillRectangle(PAD, row.y(), area.width - 2 * PAD, row.height());
                    gc.setFont(bold);
                    gc.setForeground(black());
                    for (int l = 0; l < row.lines().size(); l++) {
                        gc.drawText(row.lines().get(l), PAD + 4, row.y() + 4 + l * lh, true);
                    }
                    gc.setFont(getFont());
                }
                case EMPTY -> {
                    gc.setFont(italic);
                    gc.setForeground(MUTED);
                    gc.drawText(row.text(), p.textX(), row.y() + 4, true);
                    gc.setFont(getFont());
                }
                case INDICATOR -> paintIndicator(gc, p, row, lh, area.width);
            }
        }
    }

    private void paintIndicator(GC gc, Plan p, Row row, int lh, int width) {
        DashboardRow r = row.data();
        if (r.indicator() == getSelected()) {
            gc.setBackground(SELECTED);
            gc.fillRectangle(PAD, row.y(), width - 2 * PAD, row.height());
        }
        gc.setForeground(RULE);
        gc.drawLine(PAD, row.y() + row.height() - 1, width - PAD, row.y() + row.height() - 1);
        // the chip
        RGB chip = rgb(r.status());
        gc.setBackground(new Color(chip));
        gc.fillRoundRectangle(PAD, row.y() + 5, p.chipWidth(), lh + 4, 8, 8);
        gc.setForeground(RagColours.textOn(chip));
        String chipText = IndicatorMessages.get("chip." + r.status().name());
        gc.drawText(chipText, PAD + (p.chipWidth() - gc.textExtent(chipText).x) / 2, row.y() + 7, true);
        // id and wording, then which way is better
        gc.setForeground(black());
        for (int l = 0; l < row.lines().size(); l++) {
            gc.drawText(row.lines().get(l), p.textX(), row.y() + 6 + l * lh, true);
        }
        gc.setForeground(MUTED);
        gc.drawText(IndicatorMessages.get(r.better() == Polarity.HIGHER_IS_BETTER ? "row.higher" : "row.lower"), p.textX(),
                row.y() + 6 + row.lines().size() * lh, true);
        // the paired bars, each with its value
        for (int which = 0; which < 2; which++) {
            Rectangle bar = bar(p, row, which);
            if (bar == null) {
                continue;
            }
            gc.setBackground(new Color(which == 0 ? MIGRANTS : UK_BORN));
            gc.fillRectangle(bar);
            gc.setForeground(black());
            String value = StrategyWords.number(which == 0 ? r.migrants() : r.ukBorn());
            gc.drawText(value, bar.x + bar.width + 4, bar.y + (bar.height - lh) / 2, true);
        }
        gc.setForeground(black());
        for (int l = 0; l < row.numbers().size(); l++) {
            gc.drawText(row.numbers().get(l), p.numbersX(), row.y() + 6 + l * lh, true);
        }
        gc.setFont(getFont());
    }

    private Color black() {
        return getDisplay().getSystemColor(SWT.COLOR_BLACK);
    }

    private static RGB rgb(RagStatus status) {
        return switch (status) {
            case GREEN -> RagColours.GREEN;
            case AMBER -> RagColours.AMBER;
            case RED -> RagColours.RED;
            case NO_DATA -> RagColours.NO_DATA;
        };
    }
}
