package cymru.croeso.core.project;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/**
 * Who holds a project's lock: the process, machine and user written into the lock file, so that a second Croeso
 * can tell its user who has the project open.
 */
public record LockOwner(long pid, String host, String user, Instant since) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** This process, now. */
    static LockOwner current() {
        return new LockOwner(ProcessHandle.current().pid(), hostName(), System.getProperty("user.name", "?"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The lock file's content. */
    byte[] toBytes() {
        String text = "pid=" + pid + "\nhost=" + host + "\nuser=" + user + "\nsince=" + since + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a lock file's content; whatever is missing or unreadable becomes unknown (pid -1, "?" or null). */
    static LockOwner parse(byte[] content) {
        Properties values = new Properties();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.setProperty(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        long pid;
        Instant since;
        try {
            pid = Long.parseLong(values.getProperty("pid", "-1"));
        } catch (NumberFormatException e) {
            pid = -1;
        }
        try {
            since = Instant.parse(values.getProperty("since", ""));
        } catch (RuntimeException e) {
            since = null;
        }
        return new LockOwner(pid, values.getProperty("host", "?"), values.getProperty("user", "?"), since);
    }

    /** "anna on PLAN-PC (process 4242) since 2025-06-02 09:15", in the user's language. */
    public String describe() {
        if (pid < 0) {
            return SessionMessages.format("lock.unknownOwner");
        }
        String when = since == null ? "?" : WHEN.format(since.atZone(ZoneId.systemDefault()));
        return SessionMessages.format("lock.owner", user, host, Long.toString(pid), when);
    }

    private static String hostName() {
        // The environment first: InetAddress may wait on a DNS lookup when the network is down.
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "?";
        }
    }
}
