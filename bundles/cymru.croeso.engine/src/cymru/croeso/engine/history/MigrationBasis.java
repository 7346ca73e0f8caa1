package cymru.croeso.engine.history;

/** How historic migration becomes an assumption. */
public enum MigrationBasis {
    /** Every flow as its mean annual count by sex and age over the reference years (as POPGROUP and ONS's SNPP do for counts). */
    MEAN_COUNTS,
    /** Out-flows as mean rates of the area's own population at risk, in-flows as mean counts (history holds no reference population to rate them on). */
    OUT_FLOW_RATES
}
