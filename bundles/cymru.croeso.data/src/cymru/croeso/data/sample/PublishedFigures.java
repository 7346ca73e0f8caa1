package cymru.croeso.data.sample;

import java.util.List;

/**
 * The published Wales-level figures about migrants that the sample project "Cymru" is built on, each with the
 * publication it comes from (the two seed documents of the product brief).
 *
 * <p>{@value #CONFERENCE} is the Welsh Government / COMPAS conference report "Migration in Wales: Developing Local
 * Strategic Frameworks on Integration" (International Learning Exchange Conference, Cardiff Bay, 20 June 2016).
 * {@value #PRACTICAL_RESOURCE} is S. Spencer (COMPAS, University of Oxford) and S. Sanders (Welsh Refugee Council),
 * "Developing a Strategic Approach to Integration in Wales: A practical resource for Local Authorities and their
 * partners in Wales", June 2016.
 */
public final class PublishedFigures {

    public static final String CONFERENCE = "Welsh Government and COMPAS, 'Migration in Wales: Developing Local"
            + " Strategic Frameworks on Integration', conference report, June 2016";
    public static final String PRACTICAL_RESOURCE = "Spencer and Sanders, 'Developing a Strategic Approach to"
            + " Integration in Wales: A practical resource for Local Authorities', COMPAS and Welsh Refugee Council,"
            + " June 2016";

    /** "Overall, migrants represent approximately 5.8% of the Welsh population" ({@value #CONFERENCE}). */
    public static final double BORN_ABROAD_SHARE = 0.058;

    /** "Cardiff is home to approximately 27.4% of the migrants in Wales" ({@value #PRACTICAL_RESOURCE}, note 8). */
    public static final double CARDIFF_SHARE_OF_MIGRANTS = 0.274;
    public static final String CARDIFF = "W06000015";

    /**
     * "Approximately 10.7% of the migrant population are under 15 years old, compared to 18.5% of the Welsh-born
     * population. Only 10.3% of the migrant population in Wales are over the age of 65, compared to 20% of the
     * UK-born population in Wales" ({@value #CONFERENCE}). Read as ages 0–14 and 65 and over.
     */
    public static final double MIGRANTS_UNDER_15 = 0.107;
    public static final double MIGRANTS_65_AND_OVER = 0.103;
    public static final double UK_BORN_UNDER_15 = 0.185;
    public static final double UK_BORN_65_AND_OVER = 0.20;
    /** The age bands of those shares: 0–14, 15–64 and 65 and over (the last age of each band). */
    public static final int LAST_AGE_UNDER_15 = 14;
    public static final int FIRST_AGE_65_AND_OVER = 65;

    /**
     * "In December 2015 there were 2,856 people seeking asylum in Wales", living in "Wales' four asylum dispersal
     * clusters in Cardiff, Newport, Swansea and Wrexham" ({@value #PRACTICAL_RESOURCE}, citing Home Office
     * Migration Statistics, Q4 2015). The conference report adds that Cardiff has the most, then Swansea, Newport
     * and Wrexham (August 2015).
     */
    public static final int ASYLUM_SEEKERS_DEC_2015 = 2_856;
    /** Cardiff, Swansea, Newport, Wrexham. */
    public static final List<String> DISPERSAL_AREAS = List.of(CARDIFF, "W06000011", "W06000022", "W06000006");

    /**
     * "In the academic year 2013-14, there were 25,000 international students from 145 countries studying in
     * Wales", at universities "in cities and towns such as Aberystwyth, Bangor, Cardiff and Swansea"
     * ({@value #PRACTICAL_RESOURCE}, citing Universities Wales).
     */
    public static final int INTERNATIONAL_STUDENTS_2013_14 = 25_000;
    /** The authorities of the university towns named: Cardiff, Swansea, Gwynedd (Bangor), Ceredigion (Aberystwyth). */
    public static final List<String> UNIVERSITY_AREAS = List.of(CARDIFF, "W06000011", "W06000002", "W06000008");

    /**
     * "In 2014, inflows of non-British nationals arriving into Wales generated a positive net migration balance of
     * around 19,000 foreign nationals" ({@value #PRACTICAL_RESOURCE}, citing the ONS International Passenger Survey).
     */
    public static final int NET_INFLOW_NON_BRITISH_2014 = 19_000;

    private PublishedFigures() {
    }
}
