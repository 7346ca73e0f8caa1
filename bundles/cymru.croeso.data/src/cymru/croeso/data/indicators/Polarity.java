package cymru.croeso.data.indicators;

/**
 * Which direction of an indicator is the better outcome. The framework does not say; the catalogue records Croeso's
 * reading (a lower percentage is better for poverty, financial insecurity, overcrowding, homelessness and hate crime).
 */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
