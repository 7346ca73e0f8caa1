package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.area;
import static cymru.croeso.ui.tests.WorkbenchUiTest.lang;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.session;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static cymru.croeso.ui.tests.WorkbenchUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.core.strategy.DashboardRow;
import cymru.croeso.core.strategy.IndicatorDashboard;
import cymru.croeso.core.strategy.MeasurementEdits;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.edit.CroesoEditPlugin;
import cymru.croeso.ui.editors.AssumptionsEditor;
import cymru.croeso.ui.editors.EditorOpener;
import cymru.croeso.ui.editors.FormEditor;
import cymru.croeso.ui.editors.ScenarioEditor;
import cymru.croeso.ui.editors.ServicesEditor;
import cymru.croeso.ui.indicators.IndicatorsPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.prefs.SettingsAddon;
import cymru.croeso.ui.problems.ProblemsPart;

/**
 * The live language switch reaches every label the model's edit bundle gives the editors (tab titles, column
 * headings, field labels, enumeration values), the problems' messages and the framework indicators' wordings: with
 * the editors open, Window › Preferences switches to the other language and back, and each time every word shown is
 * compared with plugin.properties / plugin_cy.properties read here, from the edit bundle's files.
 */
class LiveLanguageUiTest {
    private static final String CARDIFF = "W06000015";

    @Test
    void afterALiveSwitchEveryEditorReadsInTheNewLanguageAndAfterTheSwitchBackInTheFirst() throws Exception {
        String original = lang();
        String other = welsh() ? "en" : "cy";
        Path file = SettingsAddon.settingsFile(application().getContext());
        String fileBefore = Files.exists(file) ? Files.readString(file) : null;
        UserSettings settingsBefore = application().getContext().get(UserSettings.class);
        Project project = session().project();
        Command lastBefore = session().commandStack().getUndoCommand();
        boolean dirtyBefore = session().isDirty();
        EPartService parts = window().getContext().get(EPartService.class);
        EditorOpener opener = new EditorOpener(application(), application().getContext().get(EModelService.class), parts);
        Scenario principal = project.getScenarios().get(0);
        Scenario high = project.getScenarios().get(1);
        List<MPart> opened = new ArrayList<>();
        try {
            // a problem for the Problems part and the framework's indicators for the dashboard, both undoable
            session().execute(SetCommand.create(session().editingDomain(), principal, Literals.SCENARIO__END_YEAR, 2000));
            session().execute(MeasurementEdits.addFramework(session().editingDomain(), project, IndicatorsPart.catalogue()));
            opened.add(opener.open(project.getAssumptions()));
            opened.add(opener.show(ServicesEditor.DESCRIPTOR, null));
            opened.add(opener.open(area(CARDIFF)));
            opened.add(opener.open(high));
            opened.add(parts.showPart(IndicatorsPart.ID, EPartService.PartState.VISIBLE));
            opened.add(opener.open(project.getAssumptions()));
            spin(500);
            assertWords(original, principal);

            PreferencesUiTest.chooseLanguage(other);
            assertEquals(other, lang());
            assertWords(other, principal);
            screenshot("live-language-assumptions");
            opener.open(high);
            spin(300);
            screenshot("live-language-scenario");
            parts.showPart(IndicatorsPart.ID, EPartService.PartState.ACTIVATE);
            spin(300);
            screenshot("live-language-indicators");

            PreferencesUiTest.chooseLanguage(original);
            assertEquals(original, lang());
            opener.open(project.getAssumptions());
            spin(300);
            assertWords(original, principal);
            screenshot("live-language-back");
        } finally {
            if (!lang().equals(original)) {
                PreferencesUiTest.chooseLanguage(original);
            }
            application().getContext().set(UserSettings.class, settingsBefore);
            if (fileBefore == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, fileBefore);
            }
            for (String descriptor : List.of(AssumptionsEditor.DESCRIPTOR, ServicesEditor.DESCRIPTOR, FormEditor.DESCRIPTOR,
                    ScenarioEditor.DESCRIPTOR, IndicatorsPart.ID)) {
                for (MPart p : application().getContext().get(EModelService.class).findElements(application(), descriptor,
                        MPart.class)) {
                    if (p.getObject() != null) {
                        parts.hidePart(p, true);
                    }
                }
            }
            while (session().canUndo() && session().commandStack().getUndoCommand() != lastBefore) {
                session().undo();
            }
            spin(300);
        }
        assertEquals(dirtyBefore, session().isDirty(), "the test left the project changed");
        assertEquals(2040, principal.getEndYear());
    }

    /** Every word the open editors, the explorer, the problems and the dashboard show is in {@code language}. */
    private static void assertWords(String language, Scenario principal) throws Exception {
        boolean cy = language.equals("cy");
        Properties words = edit(cy ? "plugin_cy.properties" : "plugin.properties");
        Properties others = edit(cy ? "plugin.properties" : "plugin_cy.properties");
        Set<String> otherOnly = new HashSet<>();
        for (String key : others.stringPropertyNames()) {
            String theirs = others.getProperty(key).trim();
            if (!theirs.equals(words.getProperty(key, "").trim()) && !words.containsValue(theirs) && theirs.length() > 2) {
                otherOnly.add(theirs);
            }
        }

        AssumptionsEditor assumptions = (AssumptionsEditor) open(AssumptionsEditor.DESCRIPTOR).getObject();
        // the tabs: "Ffrwythlondeb (1)", "Mudo (49)" …, each the edit bundle's name of the list and its count
        List<String> tabs = tabs((Control) open(AssumptionsEditor.DESCRIPTOR).getWidget());
        for (EReference list : Literals.ASSUMPTIONS.getEAllContainments()) {
            if (list.isMany()) {
                String title = words.getProperty("_UI_Assumptions_" + list.getName() + "_feature").trim();
                assertTrue(tabs.stream().anyMatch(t -> t.startsWith(title + " (")), title + " is not a tab of " + tabs);
            }
        }
        List<String> columns = columns(assumptions.tab(Literals.ASSUMPTIONS__MIGRATION).table().viewer().getTable());
        for (String key : List.of("_UI_Assumption_id_feature", "_UI_Assumption_area_feature",
                "_UI_GroupAssumption_group_feature", "_UI_MigrationTotal_total_feature", "_UI_MigrationFlow_kind_feature")) {
            assertTrue(columns.contains(words.getProperty(key).trim()), key + " is not a column of " + columns);
        }
        List<String> kinds = cells(assumptions.tab(Literals.ASSUMPTIONS__MIGRATION).table().viewer().getTable());
        assertTrue(kinds.contains(words.getProperty("_UI_MigrationKind_internationalIn_literal").trim()), kinds.toString());

        List<String> labels = texts((Control) open(FormEditor.DESCRIPTOR).getWidget());
        assertTrue(labels.contains(words.getProperty("_UI_Area_nameCy_feature").trim()), labels.toString());

        ScenarioEditor scenario = (ScenarioEditor) open(ScenarioEditor.DESCRIPTOR).getObject();
        List<String> shown = texts((Control) open(ScenarioEditor.DESCRIPTOR).getWidget());
        assertTrue(shown.contains(words.getProperty("_UI_Scenario_endYear_feature").trim()), shown.toString());
        assertTrue(cells(scenario.overrides().getTable()).contains(words.getProperty("_UI_OverrideMode_multiplier_literal")
                .trim()), "the changes' 'how' in " + language);

        List<String> all = new ArrayList<>();
        for (String editor : List.of(AssumptionsEditor.DESCRIPTOR, ServicesEditor.DESCRIPTOR, FormEditor.DESCRIPTOR,
                ScenarioEditor.DESCRIPTOR)) {
            all.addAll(texts((Control) open(editor).getWidget()));
        }
        for (String text : all) {
            assertFalse(otherOnly.contains(text.replaceAll(" \\(\\d+\\)$", "")), "'" + text + "' is not in " + language);
        }

        // the problems, worded again in the new language; the scenario's name is the planner's and stays
        ProblemsPart problems = (ProblemsPart) part(ProblemsPart.ID).getObject();
        String message = problems.problems().stream().map(p -> p.message()).filter(m -> m.contains("2000")).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with the end year: " + problems.problems()));
        assertTrue(message.startsWith(cy ? "Senario principal (" + principal.getName() + "): mae blwyddyn sylfaen"
                : "Scenario principal (" + principal.getName() + "): base year (2011) is after end year (2000)"), message);

        // the framework's indicators in the dashboard and the explorer, in Croeso's Welsh or the framework's English
        Locale locale = Locale.forLanguageTag(language);
        String skills = IndicatorsPart.catalogue().indicator("1.1").wording(locale);
        assertTrue(skills.startsWith(cy ? "canran mewn cyflogaeth" : "percentage employed"), skills);
        IndicatorsPart dashboard = (IndicatorsPart) part(IndicatorsPart.ID).getObject();
        assertNotNull(dashboard, "the dashboard was not made again");
        DashboardRow first = dashboard.getDashboard().getSections().get(0).rows().stream()
                .filter(r -> r.id().equals("1.1")).findFirst().orElseThrow();
        assertEquals(Character.toUpperCase(skills.charAt(0)) + skills.substring(1), first.wording());
        assertEquals(skills, IndicatorDashboard.wording(first.indicator(), first.known(), locale));
        ProjectExplorerPart explorer = (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
        explorer.getViewer().expandAll();
        spin(200);
        List<String> tree = new ArrayList<>();
        collect(explorer.getViewer().getTree(), tree);
        assertTrue(tree.contains(skills), "the explorer's indicators: " + tree);
    }

    /** The part of {@code descriptor} that is open (made again by the switch). */
    private static MPart open(String descriptor) {
        MPart part = application().getContext().get(EModelService.class).findElements(application(), descriptor,
                MPart.class).stream().filter(p -> p.getObject() != null).findFirst().orElse(null);
        assertNotNull(part, descriptor + " is not open after the switch");
        return part;
    }

    /** The edit bundle's labels, from its own file (not through the code under test). */
    private static Properties edit(String name) throws Exception {
        URL url = FrameworkUtil.getBundle(CroesoEditPlugin.class).getEntry(name);
        assertNotNull(url, name);
        Properties words = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        return words;
    }

    private static List<String> tabs(Control root) {
        List<String> out = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    out.add(item.getText());
                }
            }
        });
        return out;
    }

    private static List<String> columns(Table table) {
        List<String> out = new ArrayList<>();
        for (TableColumn c : table.getColumns()) {
            out.add(c.getText());
        }
        return out;
    }

    private static List<String> cells(Table table) {
        List<String> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                out.add(item.getText(i));
            }
        }
        return out;
    }

    /** Every label, button, tab, column heading and table cell under {@code root}. */
    private static List<String> texts(Control root) {
        List<String> out = new ArrayList<>();
        walk(root, c -> {
            switch (c) {
                case Label l -> out.add(l.getText());
                case Button b -> out.add(b.getText());
                case Table t -> {
                    out.addAll(columns(t));
                    out.addAll(cells(t));
                }
                default -> {
                }
            }
        });
        out.addAll(tabs(root));
        return out;
    }

    private static void walk(Control control, java.util.function.Consumer<Control> visit) {
        visit.accept(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walk(child, visit);
            }
        }
    }

    private static void collect(Tree tree, List<String> out) {
        for (TreeItem item : tree.getItems()) {
            collect(item, out);
        }
    }

    private static void collect(TreeItem item, List<String> out) {
        out.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, out);
        }
    }
}
