package cymru.croeso.ui.analysis;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cymru.croeso.core.project.ProjectSession;
import jakarta.inject.Named;

/**
 * Analysis › Service charts, Scenario comparison, Uncertainty fan: brings the part named by the command's
 * parameter forward in the chart stack, opening it if it was closed.
 */
public class AnalysisHandler {
    /** The command's parameter: the id of the part to show. */
    public static final String PART = "cymru.croeso.command.analysis.part";

    @CanExecute
    public boolean canExecute(@Optional ProjectSession session, @Optional @Named(PART) String partId) {
        return session != null && session.project().getBasePopulation() != null
                && !session.project().getScenarios().isEmpty() && AnalysisParts.isOne(partId);
    }

    @Execute
    public void execute(@Named(PART) String partId, EPartService parts) {
        AnalysisParts.show(parts, partId, null, null);
    }
}
