package cymru.croeso.data.indicators;

/** The red–amber–green rating of an indicator's gap against its target, or no rating when a measurement is missing. */
public enum RagStatus {
    GREEN,
    AMBER,
    RED,
    NO_DATA
}
