package cymru.croeso.engine.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an uncertainty run: a fan for every output asked for, and the levels of every draw so that a
 * planner can see what was assumed.
 *
 * @param seed   the seed the draws came from; the same seed gives the same result
 * @param levels the levels of draw 0, 1, …
 * @param fans   by output name, in the order the outputs were given
 */
public record UncertaintyResult(long seed, List<DrawnLevels> levels, Map<String, Fan> fans) {

    public UncertaintyResult {
        levels = List.copyOf(levels);
        fans = Collections.unmodifiableMap(new LinkedHashMap<>(fans));
    }

    public int draws() {
        return levels.size();
    }

    /** The fan of one output. */
    public Fan fan(String measure) {
        Fan fan = fans.get(measure);
        if (fan == null) {
            throw new IllegalArgumentException("no output named '" + measure + "'; the run has " + fans.keySet());
        }
        return fan;
    }
}
