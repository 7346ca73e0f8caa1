package cymru.croeso.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one CLI command: {@code --name value} pairs and bare {@code --flag}s, plus positional words.
 * Every accessor that fails throws a {@link UserError} naming the option.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param words the words after the command name
     * @param flags names of options that take no value (without the leading dashes)
     */
    public Args(List<String> words, Set<String> flags) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (flags.contains(name)) {
                    value = "true";
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new UserError("option --" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw new UserError("option --" + name + " is given twice");
                }
            } else {
                positional.add(w);
            }
        }
    }

    public Args(List<String> words) {
        this(words, Set.of());
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String required(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UserError("missing option --" + name);
        }
        return v;
    }

    public Path requiredPath(String name) {
        return Path.of(required(name));
    }

    public int requiredInt(String name) {
        return parseInt(name, required(name));
    }

    public int optionalInt(String name, int fallback) {
        return has(name) ? parseInt(name, options.get(name)) : fallback;
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UserError("option --" + name + " must be a whole number, not '" + value + "'");
        }
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    /** Fails on any option not in {@code known}, so a typo never passes silently. */
    public Args allowOnly(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new UserError("unknown option --" + name + " (known: "
                        + String.join(", ", known.stream().sorted().map(k -> "--" + k).toList()) + ")");
            }
        }
        return this;
    }
}
