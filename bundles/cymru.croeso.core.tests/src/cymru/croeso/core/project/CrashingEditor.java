package cymru.croeso.core.project;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.edit.command.SetCommand;

import cymru.croeso.model.CroesoPackage.Literals;

/**
 * Test support, run in a child JVM by {@link CrashRecoveryTest}: opens a project, optionally renames it and
 * autosaves, reports "READY" on standard output, then waits to be killed without ever closing the session.
 *
 * <p>Arguments: the project file, and the new name (or "-" to only hold the lock).
 */
final class CrashingEditor {

    private CrashingEditor() {
    }

    public static void main(String[] args) throws Exception {
        ProjectSession session = ProjectSession.open(Path.of(args[0]), SessionSettings.autosaveOnDemand());
        if (session.isReadOnly()) {
            System.out.println("READ-ONLY " + session.readOnlyMessage().orElse(""));
            System.exit(3);
        }
        if (!"-".equals(args[1])) {
            session.execute(SetCommand.create(session.editingDomain(), session.project(), Literals.PROJECT__NAME, args[1]));
            if (!session.autosaveNow()) {
                System.out.println("NOT-SAVED");
                System.exit(4);
            }
        }
        System.out.println("READY " + ProcessHandle.current().pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
