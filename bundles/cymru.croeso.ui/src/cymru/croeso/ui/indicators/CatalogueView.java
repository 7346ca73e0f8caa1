package cymru.croeso.ui.indicators;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.strategy.DashboardRow;
import cymru.croeso.core.strategy.FrameworkThemes;
import cymru.croeso.data.indicators.DataAvailability;
import cymru.croeso.data.indicators.IntegrationIndicator;
import cymru.croeso.data.indicators.Polarity;
import cymru.croeso.data.indicators.SurveyQuestion;
import cymru.croeso.ui.Messages;

/**
 * What the Migrant Integration Framework says about the indicator chosen on the dashboard: its wording, domain, the
 * national well-being indicator it links to, whether data exist for migrants and the UK-born, and the survey
 * questions it suggests with their answer options.
 */
final class CatalogueView {
    private final StyledText text;

    CatalogueView(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMargins(8, 6, 8, 6);
        text.setCaret(null);
        show(null);
    }

    StyledText control() {
        return text;
    }

    void show(DashboardRow row) {
        List<StyleRange> bold = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        if (row == null) {
            b.append(IndicatorMessages.get("catalogue.none"));
            text.setText(b.toString());
            return;
        }
        heading(b, bold, (row.id().isEmpty() ? "" : row.id() + "  ") + row.wording());
        IntegrationIndicator known = row.known();
        if (row.indicator().getDomain() != null) {
            b.append(IndicatorMessages.format("catalogue.domain", FrameworkThemes.number(row.indicator().getDomain()),
                    FrameworkThemes.name(row.indicator().getDomain(), Messages.locale()))).append('\n');
        }
        if (known == null) {
            b.append(IndicatorMessages.get("catalogue.own")).append('\n');
        } else {
            b.append(known.nationalIndicator().isPresent()
                    ? IndicatorMessages.format("catalogue.national", known.nationalIndicator().getAsInt())
                    : IndicatorMessages.get("catalogue.noNational")).append('\n');
            b.append(IndicatorMessages.format("catalogue.dataUkBorn", data(known.ukBorn()))).append('\n');
            b.append(IndicatorMessages.format("catalogue.dataMigrants", data(known.migrants()))).append('\n');
        }
        b.append(IndicatorMessages.get(row.better() == Polarity.HIGHER_IS_BETTER ? "catalogue.higher" : "catalogue.lower"))
                .append("\n\n");
        if (known != null) {
            if (known.questions().isEmpty()) {
                b.append(IndicatorMessages.get("catalogue.noQuestions")).append("\n\n");
            } else {
                heading(b, bold, IndicatorMessages.get("catalogue.questions"));
                int n = 1;
                for (SurveyQuestion q : known.questions()) {
                    b.append(n++).append(". ").append(q.text()).append('\n');
                    for (String option : q.options()) {
                        b.append("      \u2022 ").append(option).append('\n');
                    }
                }
                b.append('\n');
            }
            b.append(IndicatorMessages.get("catalogue.source"));
        }
        text.setText(b.toString());
        text.setStyleRanges(bold.toArray(StyleRange[]::new));
    }

    private static void heading(StringBuilder b, List<StyleRange> bold, String line) {
        StyleRange r = new StyleRange();
        r.start = b.length();
        r.length = line.length();
        r.fontStyle = SWT.BOLD;
        bold.add(r);
        b.append(line).append('\n');
    }

    private static String data(DataAvailability d) {
        if (!d.exists()) {
            return IndicatorMessages.get("catalogue.no");
        }
        String source = d.source() == null ? "" : d.source().trim();
        // the framework's source notes end with a full stop; the sentence here adds its own
        source = source.endsWith(".") ? source.substring(0, source.length() - 1) : source;
        return source.isEmpty() ? IndicatorMessages.get("catalogue.yes") : IndicatorMessages.format("catalogue.yesFrom", source);
    }

    /** The text shown, for tests. */
    String text() {
        return text.getText();
    }
}
