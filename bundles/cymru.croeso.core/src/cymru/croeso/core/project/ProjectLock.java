package cymru.croeso.core.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The lock a session holds on its project while it is open: a {@code .name.croeso.lock} file beside the project,
 * naming the holder, with an operating-system lock on it for as long as the session lives.
 *
 * <p>The OS lock, not the file, decides: it vanishes when its process dies however it dies, so a lock file left by
 * a crash is stale and simply taken over. POSIX drops all of a process's locks on a file when the process closes
 * <em>any</em> descriptor of it, so this JVM never opens a lock file it holds: sessions here consult
 * {@link #HELD_HERE} first.
 */
final class ProjectLock {

    /**
     * Lock one byte far past the content rather than the content itself: Windows locks are mandatory, and a second
     * Croeso must still be able to read who holds the project.
     */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    private static final int ATTEMPTS = 5;

    /** The locks this JVM holds, by lock file. Guarded by the class. */
    private static final Map<Path, ProjectLock> HELD_HERE = new HashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final LockOwner owner;

    private ProjectLock(Path lockFile, FileChannel channel, LockOwner owner) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.owner = owner;
    }

    /** The lock file of {@code project}. */
    static Path fileOf(Path project) {
        return project.resolveSibling("." + project.getFileName() + ".lock");
    }

    /** Takes the lock on {@code project}, or returns null when another session (here or in another process) has it. */
    static synchronized ProjectLock tryAcquire(Path project) throws IOException {
        Path lockFile = fileOf(canonical(project));
        if (HELD_HERE.containsKey(lockFile)) {
            return null;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object before = identity(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock osLock;
            try {
                osLock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (osLock == null) {
                channel.close();
                return null;
            }
            // A holder that closed meanwhile deleted the file we opened, and a new one may be locked by now: the lock
            // counts only if the name still leads to the file we locked. (A file we just created is checked next time.)
            if (before != null && before.equals(identity(lockFile))) {
                LockOwner owner = LockOwner.current();
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(owner.toBytes()), 0);
                channel.force(true);
                ProjectLock lock = new ProjectLock(lockFile, channel, owner);
                HELD_HERE.put(lockFile, lock);
                return lock;
            }
            channel.close();
        }
        throw new IOException("the lock file kept changing while Croeso tried to take it");
    }

    /** Who holds the lock of {@code project}: a session in this JVM, or whoever the lock file names. */
    static synchronized LockOwner ownerOf(Path project) {
        Path lockFile = fileOf(canonical(project));
        ProjectLock here = HELD_HERE.get(lockFile);
        if (here != null) {
            return here.owner;
        }
        try {
            return LockOwner.parse(Files.readAllBytes(lockFile));
        } catch (IOException e) {
            return LockOwner.parse(new byte[0]);
        }
    }

    /** Deletes the lock file, then lets the OS lock go, so the next opener finds no file rather than a stale one. */
    void release() {
        synchronized (ProjectLock.class) {
            HELD_HERE.remove(lockFile);
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // Left behind it is only a stale lock file, which the next opener takes over.
            }
            try {
                channel.close();
            } catch (IOException e) {
                // Closing releases the OS lock whether or not the close reports a problem.
            }
        }
    }

    /** The lock file's identity: its inode where the platform has one (fileKey), else its creation time. */
    private static Object identity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Objects.requireNonNullElse(attributes.fileKey(), attributes.creationTime());
        } catch (IOException e) {
            return null;
        }
    }

    /** The same project reached through a symbolic link or "..": one lock file name. */
    private static Path canonical(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        try {
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
