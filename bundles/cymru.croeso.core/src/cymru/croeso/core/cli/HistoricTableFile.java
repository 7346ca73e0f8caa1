package cymru.croeso.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import cymru.croeso.data.table.LongTable;
import cymru.croeso.data.table.LongTableReader;
import cymru.croeso.data.table.TableFormatException;
import cymru.croeso.engine.Sex;
import cymru.croeso.engine.history.TableRow;

/**
 * One historic table given to {@code project}: the option that named it, its file and its rows in the engine's
 * terms; every problem with it becomes a {@link UserError} naming the file.
 *
 * @param repeated rows that repeated an earlier row exactly and were read once
 */
record HistoricTableFile(String option, Path file, List<TableRow> rows, int repeated) {

    /** Reads a long table (any header names, line ends and encodings {@link LongTableReader} knows). */
    static HistoricTableFile read(String option, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(CliMessages.format("project.noFile", file, option), e);
        } catch (IOException e) {
            throw new UserError(CliMessages.format("project.unreadable", file, option, e.getClass().getSimpleName()), e);
        }
        LongTable table;
        try {
            table = LongTableReader.read(file.toString(), bytes);
        } catch (TableFormatException e) {
            throw new UserError(firstProblem(e), e);
        }
        if (table.mapping().year() == null) {
            throw new UserError(CliMessages.format("project.noYearColumn", file, option));
        }
        List<TableRow> rows = new ArrayList<>(table.size());
        for (cymru.croeso.data.table.TableRow r : table.rows()) {
            Sex sex = r.sex() == cymru.croeso.data.table.Sex.M ? Sex.MALE : Sex.FEMALE;
            rows.add(new TableRow(r.areaCode(), sex, r.age(), r.year(), r.value()));
        }
        return new HistoricTableFile(option, file, rows, table.repeatedRows());
    }

    // A user error is one line; the reader lists up to twenty, and the first shows what to fix.
    private static String firstProblem(TableFormatException e) {
        String first = e.problems().isEmpty() ? e.getMessage().lines().findFirst().orElse("") : e.problems().get(0);
        return e.problemCount() > 1 ? CliMessages.format("project.moreProblems", first, e.problemCount() - 1) : first;
    }

    SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        for (TableRow r : rows) {
            years.add(r.year());
        }
        return years;
    }

    /**
     * Fails unless the table has rows for every year from {@code first} to {@code last}.
     *
     * @param neededBy the option that asks for those years, as the user wrote it, e.g. {@code --mortality-years 2010:2014}
     */
    void requireYears(int first, int last, String neededBy) {
        SortedSet<Integer> years = years();
        for (int y = first; y <= last; y++) {
            if (!years.contains(y)) {
                throw new UserError(CliMessages.format("project.yearMissing", file, option, String.valueOf(y), neededBy,
                        spans(years)));
            }
        }
    }

    /** The years as runs, e.g. {@code 2001…2009, 2011…2014}. */
    private static String spans(SortedSet<Integer> years) {
        StringBuilder b = new StringBuilder();
        Integer from = null;
        Integer to = null;
        for (int y : years) {
            if (to != null && y == to + 1) {
                to = y;
                continue;
            }
            appendSpan(b, from, to);
            from = y;
            to = y;
        }
        appendSpan(b, from, to);
        return b.toString();
    }

    private static void appendSpan(StringBuilder b, Integer from, Integer to) {
        if (from == null) {
            return;
        }
        if (b.length() > 0) {
            b.append(", ");
        }
        b.append(from);
        if (!to.equals(from)) {
            b.append('…').append(to);
        }
    }
}
