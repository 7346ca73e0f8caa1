package cymru.croeso.data.indicators;

/**
 * Whether the framework found Wales-level data for an indicator for one population (migrants or the UK-born), and where.
 *
 * @param exists whether the framework answers "Yes"
 * @param source the source it names, e.g. "2021 Census."; empty when it names none
 */
public record DataAvailability(boolean exists, String source) {
}
