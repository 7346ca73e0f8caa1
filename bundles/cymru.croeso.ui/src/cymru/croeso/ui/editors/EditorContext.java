package cymru.croeso.ui.editors;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.Project;
import cymru.croeso.ui.Messages;

/**
 * What the tables and forms of one editor share: the project's session, whose command stack takes every edit, and
 * the editor's message line for edits that are refused.
 *
 * @param session  the open project
 * @param messages where refusals are shown
 */
public record EditorContext(ProjectSession session, MessageLine messages) {

    public Project project() {
        return session.project();
    }

    public Locale locale() {
        return Messages.locale();
    }

    /** Runs {@code command} on the command stack and clears the last refusal; says so when it could not run. */
    public boolean execute(Command command) {
        if (session.isReadOnly()) {
            command.dispose();
            refuse(EditorMessages.get("editor.readOnly"));
            return false;
        }
        boolean done = session.execute(command);
        refuse(done ? "" : EditorMessages.get("editor.notDone"));
        return done;
    }

    public void refuse(String message) {
        messages.show(message);
    }

    /**
     * The number of single years of age in the project's base population; without one, 91 (ages 0 … 90+, the ONS
     * mid-year estimates' single years, which the sample uses).
     */
    public int ages() {
        var base = project().getBasePopulation();
        return base == null ? 91 : base.getTopAge() + 1;
    }
}
