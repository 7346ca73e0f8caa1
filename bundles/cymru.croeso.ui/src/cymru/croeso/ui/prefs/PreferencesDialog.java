package cymru.croeso.ui.prefs;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import cymru.croeso.core.settings.SettingProblem;
import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.ui.Messages;

/**
 * Window › Preferences: the user's language, the disclosure control exports apply, the default export folder, the
 * draws of a stochastic run and the database URL. OK is refused, with the reason and the fix under the fields, while
 * a value cannot be used; {@link #chosen()} gives what the user settled on.
 */
public class PreferencesDialog extends Dialog {
    private static final int DEFAULTS_ID = IDialogConstants.CLIENT_ID + 1;
    /** The languages offered, each named in itself so a user can find their own whatever the workbench speaks. */
    private static final List<String> LANGUAGES = List.of(UserSettings.ENGLISH, UserSettings.WELSH);
    private static final List<String> LANGUAGE_NAMES = List.of("English", "Cymraeg");

    private final UserSettings initial;
    private final Path home;
    private UserSettings chosen;
    private Combo language;
    private Button suppress;
    private Button round;
    private Spinner threshold;
    private Text exportFolder;
    private Spinner draws;
    private Text databaseUrl;
    private Label problems;

    public PreferencesDialog(Shell parent, UserSettings current, Path home) {
        super(parent);
        this.initial = current;
        this.home = home;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("prefs.title"));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        label(area, "prefs.language");
        language = new Combo(area, SWT.READ_ONLY);
        language.setItems(LANGUAGE_NAMES.toArray(String[]::new));
        language.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        disclosure(area);
        label(area, "prefs.exportFolder");
        exportFolder = new Text(area, SWT.BORDER);
        GridData folderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        folderData.widthHint = 380;
        exportFolder.setLayoutData(folderData);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.get("prefs.browse"));
        browse.addListener(SWT.Selection, e -> browse());
        label(area, "prefs.draws");
        draws = new Spinner(area, SWT.BORDER);
        draws.setValues(UserSettings.DEFAULT_DRAWS, UserSettings.MIN_DRAWS, UserSettings.MAX_DRAWS, 0, 100, 1000);
        draws.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        label(area, "prefs.databaseUrl");
        databaseUrl = new Text(area, SWT.BORDER);
        databaseUrl.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE);
        hint(area, Messages.get("prefs.databaseHint"), 2);
        problems = new Label(area, SWT.WRAP);
        problems.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData problemsData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        problemsData.widthHint = 560;
        problems.setLayoutData(problemsData);
        show(initial);
        databaseUrl.addListener(SWT.Modify, e -> check(false));
        exportFolder.addListener(SWT.Modify, e -> check(false));
        return area;
    }

    private void disclosure(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText(Messages.get("prefs.disclosure"));
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        suppress = new Button(group, SWT.RADIO);
        suppress.setText(Messages.get("prefs.suppress"));
        threshold = new Spinner(group, SWT.BORDER);
        threshold.setValues(DisclosureRule.DEFAULT_THRESHOLD, 2, UserSettings.MAX_THRESHOLD, 0, 1, 5);
        round = new Button(group, SWT.RADIO);
        round.setText(Messages.format("prefs.round", DisclosureRule.ROUNDING_BASE));
        round.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        hint(group, Messages.format("prefs.disclosureHint", DisclosureRule.DEFAULT_THRESHOLD), 2);
        suppress.addListener(SWT.Selection, e -> threshold.setEnabled(suppress.getSelection()));
        round.addListener(SWT.Selection, e -> threshold.setEnabled(suppress.getSelection()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        // our own words on the buttons: JFace's OK and Cancel are English in every language we ship
        createButton(parent, DEFAULTS_ID, Messages.get("prefs.defaults"), false);
        createButton(parent, IDialogConstants.OK_ID, Messages.get("prefs.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("prefs.cancel"), false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == DEFAULTS_ID) {
            show(UserSettings.defaults(home));
            check(false);
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        if (check(true)) {
            chosen = read();
            super.okPressed();
        }
    }

    /** What the user chose; null unless the dialog was closed with OK. */
    public UserSettings chosen() {
        return chosen;
    }

    private void show(UserSettings s) {
        String shownLanguage = s.language().isEmpty() ? LanguageSwitch.current() : s.language();
        language.select(Math.max(0, LANGUAGES.indexOf(shownLanguage)));
        boolean suppressing = s.disclosureMethod() == DisclosureRule.Method.SUPPRESS;
        suppress.setSelection(suppressing);
        round.setSelection(!suppressing);
        threshold.setSelection(s.disclosureThreshold());
        threshold.setEnabled(suppressing);
        exportFolder.setText(s.exportFolder().toString());
        draws.setSelection(s.draws());
        databaseUrl.setText(s.databaseUrl());
    }

    /** The settings as the fields stand; the language stays "follow the system" unless the user changed it. */
    private UserSettings read() {
        String picked = LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
        String languageSetting = initial.language().isEmpty() && picked.equals(LanguageSwitch.current())
                ? UserSettings.FOLLOW_SYSTEM : picked;
        Path folder;
        try {
            folder = Path.of(exportFolder.getText().trim());
        } catch (java.nio.file.InvalidPathException e) {
            folder = Path.of("");
        }
        return initial.withLanguage(languageSetting)
                .withDisclosure(suppress.getSelection() ? DisclosureRule.Method.SUPPRESS : DisclosureRule.Method.ROUND,
                        threshold.getSelection())
                .withExportFolder(folder).withDraws(draws.getSelection()).withDatabaseUrl(databaseUrl.getText());
    }

    /** Shows what is wrong; on OK also puts the cursor in the first field at fault. Returns whether all is well. */
    private boolean check(boolean focus) {
        List<SettingProblem> found = read().problems();
        problems.setText(found.stream().map(SettingProblem::message).collect(Collectors.joining("\n")));
        Shell shell = getShell();
        if (shell != null && shell.isVisible()) {
            // grow to show every line of a long message rather than cut it off
            org.eclipse.swt.graphics.Point wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
            if (wanted.y > shell.getSize().y) {
                shell.setSize(shell.getSize().x, wanted.y);
            }
            shell.layout(true, true);
        }
        if (!found.isEmpty() && focus) {
            Text field = found.get(0).setting().startsWith("database") ? databaseUrl : exportFolder;
            field.setFocus();
            field.selectAll();
        }
        return found.isEmpty();
    }

    private void browse() {
        DirectoryDialog chooser = new DirectoryDialog(getShell());
        chooser.setText(Messages.get("prefs.exportFolder"));
        chooser.setFilterPath(exportFolder.getText());
        String folder = chooser.open();
        if (folder != null) {
            exportFolder.setText(folder);
        }
    }

    private static void label(Composite parent, String key) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
    }

    private static void hint(Composite parent, String text, int span) {
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(text);
        hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = 440;
        hint.setLayoutData(data);
    }

    public Combo getLanguage() {
        return language;
    }

    public Button getSuppress() {
        return suppress;
    }

    public Button getRound() {
        return round;
    }

    public Spinner getThreshold() {
        return threshold;
    }

    public Text getExportFolder() {
        return exportFolder;
    }

    public Spinner getDraws() {
        return draws;
    }

    public Text getDatabaseUrl() {
        return databaseUrl;
    }

    /** The problems shown under the fields, one a line; empty when there are none. */
    public String getProblems() {
        return problems.getText();
    }
}
