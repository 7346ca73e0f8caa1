package cymru.croeso.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cymru.croeso.engine.history.HistoricTables;
import cymru.croeso.engine.history.YearRange;

/**
 * The historic tables of a {@code project} run as the files the user named: read, checked to cover the years the
 * options ask for, and used to put file names into the engine's complaints.
 */
final class HistoricInputs {
    static final String POPULATION = "population";
    static final String BIRTHS = "births";
    static final String DEATHS = "deaths";
    static final String MOTHERS = "births-by-age-of-mother";
    /** The options every run needs, in the order of {@link HistoricTables}' components. */
    static final List<String> REQUIRED = List.of(POPULATION, BIRTHS, DEATHS, "internal-in", "internal-out",
            "international-in", "international-out");
    static final List<String> FLOWS = REQUIRED.subList(3, REQUIRED.size());

    /** How the engine names each table in its messages (see ComponentHistory), and the option that gives it. */
    private static final Map<String, String> ENGINE_NAMES = Map.of("population table", POPULATION,
            "births table", BIRTHS, "deaths table", DEATHS, "births by age of mother table", MOTHERS,
            "internal in-migration table", FLOWS.get(0), "internal out-migration table", FLOWS.get(1),
            "international in-migration table", FLOWS.get(2), "international out-migration table", FLOWS.get(3));

    private final Map<String, HistoricTableFile> files = new LinkedHashMap<>();

    /** Reads each option's file in turn, stopping at the first that cannot be used. */
    HistoricInputs(Map<String, Path> paths) {
        paths.forEach((option, path) -> files.put(option, HistoricTableFile.read(option, path)));
    }

    boolean hasMothers() {
        return files.containsKey(MOTHERS);
    }

    /**
     * Fails, naming the file and the option, unless each table covers the years the run reads from it: the
     * population of the year before each reference year (it is aged on to form those at risk), and the base year
     * and the one before it (the base year's women scale fertility).
     */
    void checkYears(int baseYear, YearRange fertility, YearRange mortality, YearRange migration) {
        String base = "--base-year " + baseYear;
        files.get(POPULATION).requireYears(baseYear - 1, baseYear, base);
        files.get(BIRTHS).requireYears(baseYear, baseYear, base);
        String m = "--mortality-years " + mortality;
        files.get(POPULATION).requireYears(mortality.first() - 1, mortality.last() - 1, m);
        files.get(BIRTHS).requireYears(mortality.first(), mortality.last(), m);
        files.get(DEATHS).requireYears(mortality.first(), mortality.last(), m);
        for (String flow : FLOWS) {
            files.get(flow).requireYears(migration.first(), migration.last(), "--migration-years " + migration);
        }
        if (hasMothers()) {
            String f = "--fertility-years " + fertility;
            files.get(POPULATION).requireYears(fertility.first() - 1, fertility.last() - 1, f);
            files.get(BIRTHS).requireYears(fertility.first(), fertility.last(), f);
            files.get(MOTHERS).requireYears(fertility.first(), fertility.last(), f);
        }
    }

    /** Says on {@code out} which files had rows listed twice, so that reading them once is never silent. */
    void reportRepeats(PrintStream out) {
        for (HistoricTableFile f : files.values()) {
            if (f.repeated() > 0) {
                out.println(CliMessages.format("project.repeatedRows", f.file(), f.repeated()));
            }
        }
    }

    HistoricTables tables() {
        return new HistoricTables(files.get(POPULATION).rows(), files.get(BIRTHS).rows(), files.get(DEATHS).rows(),
                files.get(FLOWS.get(0)).rows(), files.get(FLOWS.get(1)).rows(), files.get(FLOWS.get(2)).rows(),
                files.get(FLOWS.get(3)).rows(), hasMothers() ? files.get(MOTHERS).rows() : List.of());
    }

    /** The engine's message with each table it names replaced by the file and option it came from. */
    String inTermsOfFiles(String engineMessage) {
        String message = engineMessage;
        for (Map.Entry<String, String> e : ENGINE_NAMES.entrySet()) {
            HistoricTableFile f = files.get(e.getValue());
            if (f != null) {
                message = message.replace("the " + e.getKey(), e.getKey()).replace(e.getKey(),
                        f.file() + " (--" + f.option() + ")");
            }
        }
        return message;
    }
}
