package cymru.croeso.data.table;

/** How the age column of a long table is written. */
public enum AgeCoding {
    /** Plain ages 0 … 110, the oldest possibly written as an open group such as {@code 90+}. */
    SINGLE_YEAR,
    /** Nomis {@code C_AGE} codes: 101 … 191 stand for ages 0 … 90 (90 = 90 and over). */
    NOMIS_C_AGE;

    /** Nomis codes single years of age from 101 (age 0); see the C_AGE code list in NM_2002_1_metadata.json. */
    static final int NOMIS_AGE_0 = 101;
    /** Nomis's last single-year code, 191 = "Age 90+" in the same code list. */
    static final int NOMIS_LAST = 191;
}
