package cymru.croeso.ui.handlers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.util.BasicMonitor;

import cymru.croeso.core.boardpack.BoardPackFile;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.jobs.LongWork;
import cymru.croeso.ui.jobs.WorkStatus;
import jakarta.inject.Named;

/**
 * File › Export board pack (Ctrl+P): the board pack of the chosen scenario (the one selected, else the first),
 * compared with the project's other scenarios, written as long work into the export folder of the user's settings
 * with their disclosure control; the status line then says where the file is and offers to open it. As
 * {@code cli export} does, through core's assembler and export's writer.
 */
public class BoardPackHandler {
    /** Board pack work, so that a second Ctrl+P is refused while one is being written. */
    public static final Object FAMILY = BoardPackHandler.class;

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional ProjectSession session) {
        return session != null && !session.project().getScenarios().isEmpty()
                && Job.getJobManager().find(FAMILY).length == 0;
    }

    @Execute
    public void execute(ProjectSession session, @org.eclipse.e4.core.di.annotations.Optional UserSettings settings,
            @org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        start(session, settings != null ? settings : UserSettings.defaults(), selection);
    }

    /** Starts the board pack work and returns it (the tests wait on it). */
    public static LongWork<Optional<Path>> start(ProjectSession session, UserSettings settings, Object selection) {
        List<String> ids = scenarioIds(session.project(), selection);
        String language = settings.exportLanguage(Messages.locale());
        return LongWork.of(Messages.get("boardpack.job"), monitor -> {
            // a copy, taken off the UI thread (it takes a few hundred ms): the planner may go on editing meanwhile
            Project copy = session.copyOfProject();
            return new BoardPackFile(copy, ids, settings.exportFolder(), language, settings.disclosureRule(),
                    LocalDate.now()).write(BasicMonitor.toMonitor(monitor));
        })
                .inFamily(FAMILY)
                .reporting(written -> written.map(file -> WorkStatus.wrote(Messages.get("boardpack.saved"), file))
                        .orElse(null))
                .start();
    }

    /** The selected scenario first (else the project's first), then every other scenario to compare with it. */
    static List<String> scenarioIds(Project project, Object selection) {
        List<String> ids = new ArrayList<>();
        if (selection instanceof Scenario chosen && project.getScenarios().contains(chosen)) {
            ids.add(chosen.getId());
        }
        for (Scenario s : project.getScenarios()) {
            if (!ids.contains(s.getId())) {
                ids.add(s.getId());
            }
        }
        return ids;
    }
}
