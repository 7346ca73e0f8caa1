package cymru.croeso.core.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a database URL before Croeso stores it: an H2 file ({@code jdbc:h2:file:/path/name}, {@code jdbc:h2:~/name})
 * or an H2 server ({@code jdbc:h2:tcp://host:port/name}), with optional {@code ;NAME=VALUE} settings. Only the form
 * is checked, so a server that is down today does not stop a user saving its address.
 */
final class DatabaseUrl {
    private static final String PREFIX = "jdbc:h2:";
    /** host, optional :port, then /name (H2's server URL). */
    private static final Pattern SERVER = Pattern.compile("(?:tcp|ssl)://([^/:]+)(?::([^/]*))?/(.+)");
    /** H2 2.x refuses a file path that is only implicitly relative to the working directory. */
    private static final Pattern FILE_PATH = Pattern.compile("(/|~|\\./|\\.\\./|[A-Za-z]:[/\\\\]).*");

    private DatabaseUrl() {
    }

    /** What is wrong with {@code url} and how to fix it, or empty when it is a usable H2 file or server URL. */
    static Optional<String> problem(String url) {
        String trimmed = url.trim();
        if (trimmed.isEmpty()) {
            return message("db.empty");
        }
        if (!trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return message("db.notH2", trimmed);
        }
        String[] parts = trimmed.substring(PREFIX.length()).split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && !parts[i].matches("[A-Za-z_]+=.*")) {
                return message("db.badSetting", parts[i], trimmed);
            }
        }
        String target = parts[0];
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:")) {
            return message("db.memory", trimmed);
        }
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return serverProblem(target, trimmed);
        }
        String path = lower.startsWith("file:") ? target.substring("file:".length()) : target;
        if (path.isEmpty()) {
            return message("db.noPath", trimmed);
        }
        if (path.matches("[A-Za-z]{2,}:.*")) {
            return message("db.unsupported", path.substring(0, path.indexOf(':')), trimmed);
        }
        if (!FILE_PATH.matcher(path).matches()) {
            return message("db.relative", path, trimmed);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
            return message("db.extension", path, path.substring(0, path.length() - ".mv.db".length()));
        }
        return Optional.empty();
    }

    private static Optional<String> serverProblem(String target, String url) {
        Matcher m = SERVER.matcher(target);
        if (!m.matches() || m.group(1).isBlank()) {
            return message("db.badServer", url);
        }
        String port = m.group(2);
        if (port != null) {
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                return message("db.badPort", port, url);
            }
            if (number < 1 || number > 65_535) {
                return message("db.badPort", port, url);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> message(String key, Object... args) {
        return Optional.of(SettingsMessages.format(key, args));
    }
}
