package cymru.croeso.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A CSV file the CLI wrote, read back by column name (the files tested here have no quoted commas). */
record Csv(List<String> header, List<String[]> rows) {

    static Csv read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return new Csv(Arrays.asList(lines.get(0).split(",")), rows);
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new AssertionError("no column " + name + " in " + header);
        }
        return i;
    }

    String text(String[] row, String column) {
        return row[column(column)];
    }

    double number(String[] row, String column) {
        return Double.parseDouble(row[column(column)]);
    }
}
