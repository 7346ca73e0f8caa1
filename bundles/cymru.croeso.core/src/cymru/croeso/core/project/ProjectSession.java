package cymru.croeso.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import cymru.croeso.core.cli.UserError;
import cymru.croeso.model.Project;
import cymru.croeso.model.edit.provider.CroesoItemProviderAdapterFactory;
import cymru.croeso.model.files.ProjectFileException;
import cymru.croeso.model.files.ProjectFiles;

/**
 * The project a user has open, without any UI: its editing domain and command stack (every edit an undoable
 * command), dirty state, save and save-as through {@link ProjectFiles}, the lock that keeps a second Croeso from
 * overwriting it, and the recovery copy that survives a crash.
 *
 * <p>Threads: edits run on the caller's (UI) thread through the command stack, which holds the model lock while a
 * command executes, undoes or redoes. The autosave thread holds the same lock only while it copies the project with
 * {@link EcoreUtil#copy}, then writes the copy without the lock, so a slow disk never blocks editing and a half-made
 * edit is never saved. Arrays in the model are replaced by commands, never changed in place, so the copy may share
 * them. A second monitor serialises everything that writes or deletes the recovery file, so an autosave that was
 * already writing cannot recreate the file just after a save deleted it.
 */
public final class ProjectSession implements AutoCloseable {

    /** Told when the session goes from saved to unsaved or back. Called on the thread that made the change. */
    @FunctionalInterface
    public interface DirtyListener {
        void dirtyChanged(boolean dirty);
    }

    private final ReentrantLock modelLock = new ReentrantLock();
    private final Object recoveryWrites = new Object();
    private final SessionSettings settings;
    private final ComposedAdapterFactory adapterFactory;
    private final GuardedCommandStack commandStack = new GuardedCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private final List<DirtyListener> dirtyListeners = new CopyOnWriteArrayList<>();
    private final Autosave autosave;

    private Path file;
    private ProjectLock lock;
    private LockOwner holder;
    private RecoveryFile recovery;
    private RecoveryOffer offer;
    private boolean neverSaved;
    private boolean reportedDirty;
    private boolean closed;

    private ProjectSession(Path file, Project project, ProjectLock lock, SessionSettings settings, boolean neverSaved)
            throws ProjectFileException {
        this.file = file;
        this.lock = lock;
        this.settings = settings;
        this.neverSaved = neverSaved;
        this.reportedDirty = neverSaved;
        this.holder = lock == null ? ProjectLock.ownerOf(file) : null;
        adapterFactory = new ComposedAdapterFactory(List.of(new CroesoItemProviderAdapterFactory(),
                new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, ProjectFiles.newResourceSet());
        domain.setResourceToReadOnlyMap(new HashMap<>());
        if (project == null) {
            resource = ProjectFiles.load(file, domain.getResourceSet()).eResource();
        } else {
            resource = domain.getResourceSet().createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(project);
        }
        domain.getResourceToReadOnlyMap().put(resource, lock == null);
        recovery = RecoveryFile.of(file, settings);
        offer = lock == null || neverSaved ? null : recovery.offer().orElse(null);
        autosave = Autosave.every(lock == null ? Duration.ZERO : settings.autosaveInterval(),
                file.getFileName().toString(), this::autosaveNow);
    }

    /** Opens the project in {@code file} with the default settings. */
    public static ProjectSession open(Path file) throws ProjectFileException {
        return open(file, SessionSettings.DEFAULTS);
    }

    /**
     * Opens the project in {@code file}: writable when this session gets the lock, read-only when another Croeso has
     * the project open (see {@link #readOnlyMessage()}). A recovery copy newer than the file is offered through
     * {@link #recoveryOffer()}, never applied by itself.
     */
    public static ProjectSession open(Path file, SessionSettings settings) throws ProjectFileException {
        Path absolute = file.toAbsolutePath().normalize();
        ProjectLock lock = takeLock(absolute);
        try {
            return new ProjectSession(absolute, null, lock, settings, false);
        } catch (ProjectFileException | RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            throw e;
        }
    }

    /**
     * Starts a session for a new {@code project} that will be saved as {@code file}, which must not exist yet. The
     * session is dirty until the first save.
     */
    public static ProjectSession create(Path file, Project project, SessionSettings settings) throws ProjectFileException {
        Objects.requireNonNull(project, "project");
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new UserError(SessionMessages.format("session.createExists", absolute));
        }
        ProjectLock lock = takeLock(absolute);
        if (lock == null) {
            throw new ReadOnlyProjectException("session.saveAsLocked", absolute, ProjectLock.ownerOf(absolute));
        }
        return new ProjectSession(absolute, project, lock, settings, true);
    }

    /** The project being edited. Change it only through {@link #execute(Command)} or the command stack. */
    public Project project() {
        return (Project) resource.getContents().get(0);
    }

    /**
     * A copy of the project as it stands, made under the model lock so that no command is half-applied in it. Any
     * thread may call it: long work (a board pack, a stochastic run) takes a copy off the UI thread rather than read
     * the model the user goes on editing.
     */
    public Project copyOfProject() {
        modelLock.lock();
        try {
            return EcoreUtil.copy(project());
        } finally {
            modelLock.unlock();
        }
    }

    /** The file the project is saved to. */
    public Path file() {
        return file;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Runs {@code command} on the command stack; false when it could not run (for example in a read-only session). */
    public boolean execute(Command command) {
        if (!command.canExecute()) {
            command.dispose();
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    public void undo() {
        commandStack.undo();
    }

    public void redo() {
        commandStack.redo();
    }

    /** Whether there are changes the project file does not have. */
    public boolean isDirty() {
        return neverSaved || commandStack.isSaveNeeded();
    }

    public void addDirtyListener(DirtyListener listener) {
        dirtyListeners.add(listener);
    }

    public void removeDirtyListener(DirtyListener listener) {
        dirtyListeners.remove(listener);
    }

    /** Whether another Croeso holds the lock, so this session may neither edit nor save the file. */
    public boolean isReadOnly() {
        return lock == null;
    }

    /** Who holds the lock when the session is read-only. */
    public Optional<LockOwner> lockHolder() {
        return Optional.ofNullable(holder);
    }

    /** For a read-only session, the message to show the user: who has the project open and what to do. */
    public Optional<String> readOnlyMessage() {
        return holder == null ? Optional.empty()
                : Optional.of(SessionMessages.format("session.readOnly", file, holder.describe()));
    }

    /** Writes the project to its file; refused with {@link ReadOnlyProjectException} in a read-only session. */
    public void save() throws ProjectFileException {
        requireOpen();
        if (lock == null) {
            throw new ReadOnlyProjectException("session.saveRefused", file, holder);
        }
        synchronized (recoveryWrites) {
            modelLock.lock();
            try {
                ProjectFiles.save(project(), file);
                commandStack.saveIsDone();
                neverSaved = false;
            } finally {
                modelLock.unlock();
            }
            deleteRecoveryUnlessOffered();
        }
        fireDirtyChanged();
    }

    /**
     * Writes the project to {@code target} and makes that the session's file, taking its lock first and letting the
     * old file's lock go afterwards. A read-only session becomes writable on its own copy.
     */
    public void saveAs(Path target) throws ProjectFileException {
        requireOpen();
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(file) && lock != null) {
            save();
            return;
        }
        ProjectLock targetLock = takeLock(absolute);
        if (targetLock == null) {
            throw new ReadOnlyProjectException("session.saveAsLocked", absolute, ProjectLock.ownerOf(absolute));
        }
        synchronized (recoveryWrites) {
            modelLock.lock();
            try {
                ProjectFiles.save(project(), absolute);
                resource.setURI(URI.createFileURI(absolute.toString()));
                commandStack.saveIsDone();
                neverSaved = false;
            } catch (ProjectFileException | RuntimeException e) {
                targetLock.release();
                throw e;
            } finally {
                modelLock.unlock();
            }
            if (lock != null) {
                deleteRecoveryUnlessOffered();
                lock.release();
            }
            offer = null; // an offer belonged to the old file
            file = absolute;
            lock = targetLock;
            holder = null;
            recovery = RecoveryFile.of(absolute, settings);
            domain.getResourceToReadOnlyMap().put(resource, false);
        }
        fireDirtyChanged();
    }

    /**
     * Writes the recovery copy now if there are unsaved changes (the UI calls this when the user is idle), and
     * deletes a leftover copy when there are none. Does nothing in a read-only session or while a recovery offer is
     * unanswered, since that file may hold the only copy of work from a crash.
     *
     * @return whether a recovery copy was written
     */
    public boolean autosaveNow() throws ProjectFileException {
        synchronized (recoveryWrites) {
            if (closed || lock == null || offer != null) {
                return false;
            }
            Project snapshot;
            modelLock.lock();
            try {
                if (!isDirty()) {
                    recovery.delete();
                    return false;
                }
                snapshot = EcoreUtil.copy(project());
            } finally {
                modelLock.unlock();
            }
            recovery.write(snapshot);
            return true;
        }
    }

    /** Where this session's recovery copy goes. */
    public Path recoveryFile() {
        return recovery.path();
    }

    /** Unsaved work from a session that did not close cleanly, found when this one opened. */
    public Optional<RecoveryOffer> recoveryOffer() {
        return Optional.ofNullable(offer);
    }

    /**
     * Accepts the recovery offer: the recovered project replaces the one read from the file as one undoable command,
     * so the session becomes dirty and the file changes only when the user saves.
     */
    public void openRecovered() throws ProjectFileException {
        synchronized (recoveryWrites) {
            RecoveryOffer accepted = requireOffer();
            Project recovered = ProjectFiles.load(accepted.recoveryFile());
            commandStack.execute(new ReplaceCommand(domain, resource.getContents(), project(), List.of(recovered)));
            offer = null;
        }
    }

    /** Declines the recovery offer and deletes the recovery copy. */
    public void discardRecovery() {
        synchronized (recoveryWrites) {
            RecoveryOffer declined = requireOffer();
            try {
                Files.deleteIfExists(declined.recoveryFile());
            } catch (IOException e) {
                // Not fatal: a copy that cannot be deleted is offered again next time, never applied unasked.
            }
            offer = null;
        }
    }

    /**
     * Ends the session: no more autosaves, the recovery copy deleted (the user has chosen not to save, or has saved)
     * unless a recovery offer is still unanswered, and the lock released.
     */
    @Override
    public void close() {
        autosave.stop();
        synchronized (recoveryWrites) {
            if (closed) {
                return;
            }
            closed = true;
            if (lock != null) {
                deleteRecoveryUnlessOffered();
                lock.release();
            }
        }
        adapterFactory.dispose();
    }

    public boolean isClosed() {
        return closed;
    }

    private static ProjectLock takeLock(Path file) {
        try {
            return ProjectLock.tryAcquire(file);
        } catch (IOException e) {
            throw new UserError(SessionMessages.format("session.lockFailed", file, ProjectLock.fileOf(file), e), e);
        }
    }

    private void deleteRecoveryUnlessOffered() {
        if (offer == null) {
            recovery.delete();
        }
    }

    private RecoveryOffer requireOffer() {
        requireOpen();
        if (offer == null) {
            throw new IllegalStateException("No recovery copy is on offer for " + file);
        }
        return offer;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The session for " + file + " is closed");
        }
    }

    private void fireDirtyChanged() {
        boolean dirty = isDirty();
        if (dirty != reportedDirty) {
            reportedDirty = dirty;
            for (DirtyListener listener : dirtyListeners) {
                listener.dirtyChanged(dirty);
            }
        }
    }

    /** The domain's command stack: commands change the model under the model lock, and listeners hear after it. */
    private final class GuardedCommandStack extends BasicCommandStack {

        @Override
        public void execute(Command command) {
            modelLock.lock();
            try {
                super.execute(command);
            } finally {
                modelLock.unlock();
            }
            fireDirtyChanged();
        }

        @Override
        public void undo() {
            modelLock.lock();
            try {
                super.undo();
            } finally {
                modelLock.unlock();
            }
            fireDirtyChanged();
        }

        @Override
        public void redo() {
            modelLock.lock();
            try {
                super.redo();
            } finally {
                modelLock.unlock();
            }
            fireDirtyChanged();
        }
    }
}
