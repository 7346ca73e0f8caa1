package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.run;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import cymru.croeso.core.workshop.WorkshopArea;
import cymru.croeso.core.workshop.WorkshopLever;
import cymru.croeso.core.workshop.WorkshopResult;
import cymru.croeso.core.workshop.WorkshopSettings;
import cymru.croeso.ui.handlers.WorkshopHandler;
import cymru.croeso.ui.workshop.WorkshopPart;

/**
 * The facilitator picks the workshop's levers: the panel opens with three, the "Sliders…" menu adds asylum dispersal,
 * whose slider then moves the charts as core computes it, and taking a lever off puts it back at the baseline.
 */
class WorkshopLeversUiTest {
    private static final String WORKSHOP_COMMAND = "cymru.croeso.command.workshop";

    @Test
    void theFacilitatorAddsAsylumDispersalToThePanelMovesItAndTakesItOffAgain() throws Exception {
        run(WORKSHOP_COMMAND);
        spin(800);
        try {
            WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
            assertEquals(WorkshopLever.FIRST_PANEL, workshop.getLevers());
            assertEquals(3, workshop.getSliders().size());
            assertFalse(workshop.getSlider(WorkshopLever.ASYLUM_DISPERSAL).isVisible());
            assertEquals(welsh() ? "Llithryddion\u2026" : "Sliders\u2026", workshop.getLeversButton().getText());

            // the menu: a check item per lever, the three on the panel checked and none of them can be unchecked
            Menu menu = workshop.getLeverMenu();
            MenuItem[] items = menu.getItems();
            assertEquals(WorkshopLever.values().length, items.length);
            MenuItem asylum = null;
            for (int i = 0; i < items.length; i++) {
                WorkshopLever lever = WorkshopLever.values()[i];
                assertEquals(WorkshopLever.FIRST_PANEL.contains(lever), items[i].getSelection(), lever.name());
                assertEquals(!WorkshopLever.FIRST_PANEL.contains(lever), items[i].getEnabled(), lever.name());
                if (lever == WorkshopLever.ASYLUM_DISPERSAL) {
                    asylum = items[i];
                }
            }
            assertEquals(welsh() ? "Ceiswyr lloches wedi'u gwasgaru yma bob blwyddyn" : "Asylum seekers dispersed here a year",
                    asylum.getText());
            asylum.setSelection(true);
            asylum.notifyListeners(SWT.Selection, new Event());
            menu.dispose();
            spin(300);
            assertEquals(List.of(WorkshopLever.MIGRATION, WorkshopLever.RESETTLEMENT, WorkshopLever.ASYLUM_DISPERSAL,
                    WorkshopLever.ESOL_PLACES), workshop.getLevers());
            Scale slider = workshop.getSlider(WorkshopLever.ASYLUM_DISPERSAL);
            assertTrue(slider.isVisible() && slider.getSize().x > 100, "the new slider takes room on the panel");

            // 250 asylum seekers a year, as a hand would move it: the charts show what core computes for it
            slider.setSelection(250);
            slider.notifyListeners(SWT.Selection, new Event());
            spin(500);
            assertEquals(250, workshop.getSettings().asylumPerYear(), 0);
            assertEquals("250", workshop.getValueText(WorkshopLever.ASYLUM_DISPERSAL));
            assertEquals(250, slider.getSelection());
            WorkshopArea area = WorkshopArea.of(WorkbenchUiTest.session().project(), workshop.getWorkshop().baseline(),
                    workshop.getWorkshop().area());
            WorkshopResult expected = area.run(WorkshopSettings.BASELINE.with(WorkshopLever.ASYLUM_DISPERSAL, 250));
            for (int g = 0; g < expected.groupTotals().length; g++) {
                assertArrayEquals(expected.groupTotals()[g], workshop.getShown().groupTotals()[g], 1e-6, "group " + g);
            }
            int last = expected.years() - 1;
            assertTrue(expected.bornAbroad(last) > area.baselineResult().bornAbroad(last) + 0.9 * 250 * last);
            screenshot("workshop-levers", (Shell) WorkshopHandler.find(application()).getWidget());

            // the last of the fewest cannot be taken off, nor a panel made of two
            assertThrows(IllegalArgumentException.class,
                    () -> workshop.setLevers(List.of(WorkshopLever.MIGRATION, WorkshopLever.ESOL_PLACES)));
            List<WorkshopLever> without = new ArrayList<>(workshop.getLevers());
            without.remove(WorkshopLever.ASYLUM_DISPERSAL);
            workshop.setLevers(without);
            spin(300);
            assertEquals(WorkshopLever.FIRST_PANEL, workshop.getLevers());
            assertEquals(0, workshop.getSettings().asylumPerYear(), 0, "a lever taken off goes back to the baseline");
            assertTrue(workshop.getSettings().isBaseline());
            assertArrayEquals(area.baselineResult().groupTotals()[0], workshop.getShown().groupTotals()[0], 1e-6);
        } finally {
            run(WORKSHOP_COMMAND);
            spin(300);
        }
        assertNull(WorkshopHandler.find(application()), "the command closes workshop mode again");
    }
}
