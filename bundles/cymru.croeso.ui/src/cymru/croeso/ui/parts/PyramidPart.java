package cymru.croeso.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.data.sample.AreaPyramid;
import cymru.croeso.data.sample.SamplePopulation;
import cymru.croeso.data.sample.WelshAuthority;
import cymru.croeso.export.chart.PyramidChart;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The population pyramid of the selected area. */
public class PyramidPart {
    public static final String ID = "cymru.croeso.ui.part.pyramid";

    private ChartCanvas canvas;
    private AreaPyramid shown;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        canvas = new ChartCanvas(parent, SWT.NONE);
        show(SelectedArea.initial());
    }

    @Inject
    @Optional
    public void areaSelected(@Named(IServiceConstants.ACTIVE_SELECTION) WelshAuthority area) {
        if (area != null && canvas != null && !canvas.isDisposed()) {
            show(area);
        }
    }

    private void show(WelshAuthority area) {
        shown = SamplePopulation.pyramid(area.code());
        canvas.setChart(PyramidChart.create(Messages.format("pyramid.title", area.name(Messages.locale())),
                shown.males(), shown.females(), Messages.get("pyramid.source"), Messages.locale()));
    }

    /** The population the chart was built from. */
    public AreaPyramid getShown() {
        return shown;
    }

    public ChartCanvas getCanvas() {
        return canvas;
    }

    @Focus
    public void setFocus() {
        canvas.setFocus();
    }
}
