package cymru.croeso.data.table;

import java.util.Locale;

/** The sex of a row in a statistical table, as published by ONS (male or female; no "persons" total). */
public enum Sex {
    M, F;

    /**
     * Reads the codes the publishers use: {@code M/F}, {@code Male/Female}, {@code Males/Females},
     * and Nomis's {@code GENDER} codes {@code 1} (male) and {@code 2} (female).
     *
     * @return the sex, or {@code null} when the code is not one of these (Nomis {@code 0} = all persons included)
     */
    public static Sex parse(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "m", "male", "males", "1" -> M;
            case "f", "female", "females", "2" -> F;
            default -> null;
        };
    }
}
