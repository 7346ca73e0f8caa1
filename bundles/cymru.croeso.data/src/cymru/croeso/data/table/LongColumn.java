package cymru.croeso.data.table;

import java.util.List;
import java.util.Locale;

/** The fields of a long table and the header names publishers use for them (matched ignoring case). */
enum LongColumn {
    AREA("GEOGRAPHY_CODE", "GSS.Code", "gss_code", "area_code", "area code"),
    SEX("GENDER", "Sex"),
    AGE("C_AGE", "Age"),
    YEAR("DATE", "Year"),
    VALUE("OBS_VALUE", "value", "Popn", "births", "deaths");

    private final List<String> aliases;

    LongColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    List<String> aliases() {
        return aliases;
    }

    boolean matches(String headerName) {
        String h = headerName.trim().toLowerCase(Locale.ROOT);
        for (String a : aliases) {
            if (a.toLowerCase(Locale.ROOT).equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** The column's name in the user's language, for messages about a column the header lacks. */
    String label() {
        return TableMessages.get("column." + name());
    }
}
