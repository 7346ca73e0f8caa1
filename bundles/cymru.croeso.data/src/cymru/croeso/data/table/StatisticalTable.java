package cymru.croeso.data.table;

/** A validated table read from a planner's file, long (by sex and age) or wide (by category and year). */
public sealed interface StatisticalTable permits LongTable, WideTable {

    /** The file name the table was read from, as given to the reader. */
    String sourceName();

    TableLayout layout();

    /** Number of values (cells) in the table. */
    int size();

    /** Sum of every value, the figure a planner compares with the publisher's own total. */
    double total();

    /** A few lines for the preview shown before anything is written. */
    String describe();
}
