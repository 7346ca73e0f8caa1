package cymru.croeso.ui.indicators;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The dashboard's key, kept above its scrolled list so that it stays in view: the colours of the paired bars and the
 * rule the RAG chips follow.
 */
final class DashboardKey {

    private DashboardKey() {
    }

    static Composite create(Composite parent) {
        Composite key = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        key.setLayout(layout);
        Composite colours = new Composite(key, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.spacing = 6;
        row.marginLeft = 0;
        colours.setLayout(row);
        swatch(colours, DashboardCanvas.MIGRANTS, IndicatorMessages.get("key.migrants"));
        swatch(colours, DashboardCanvas.UK_BORN, IndicatorMessages.get("key.ukBorn"));
        Label rule = new Label(key, SWT.WRAP);
        rule.setText(IndicatorMessages.get("key.rule"));
        GridData ruleData = new GridData(SWT.FILL, SWT.TOP, true, false);
        ruleData.widthHint = 300;
        rule.setLayoutData(ruleData);
        return key;
    }

    private static void swatch(Composite parent, RGB colour, String name) {
        Label box = new Label(parent, SWT.NONE);
        box.setBackground(new Color(colour));
        box.setLayoutData(new RowData(24, 12));
        Label text = new Label(parent, SWT.NONE);
        text.setText(name + "   ");
    }
}
