package cymru.croeso.engine.services;

/** A measure of a service result that is a column of its CSV table. */
public interface DemandColumn {
    /** The column's name in the CSV, e.g. {@code unmet_demand}. */
    String column();
}
