package cymru.croeso.core.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;

import cymru.croeso.data.sample.AreaPyramid;
import cymru.croeso.data.sample.SamplePopulation;

/** {@code pyramid --area CODE --out FILE}: the sample's base population of one area as CSV. */
public final class PyramidCommand implements CliCommand {
    public static final String HEADER = "area_code,sex,age,population";

    @Override
    public String name() {
        return "pyramid";
    }

    @Override
    public String usage() {
        return CliMessages.get("pyramid.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        args.allowOnly(Set.of("area", "out"));
        String area = args.required("area").trim().toUpperCase(Locale.ROOT);
        Path file = args.requiredPath("out");
        AreaPyramid pyramid = SamplePopulation.pyramid(area);
        if (pyramid == null) {
            throw new UserError(CliMessages.format("pyramid.unknownArea", area, SamplePopulation.areaCodes().size()));
        }
        int rows = write(pyramid, file);
        out.println(CliMessages.format("pyramid.written", rows, file,
                NumberFormat.getIntegerInstance(Locale.getDefault()).format(pyramid.total())));
        return Cli.OK;
    }

    /** Writes males then females, ages 0 … top; returns the number of data rows. */
    static int write(AreaPyramid pyramid, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("the folder " + parent + " does not exist: create it or choose another --out");
        }
        int rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (String sex : new String[] { "M", "F" }) {
                double[] persons = sex.equals("M") ? pyramid.males() : pyramid.females();
                for (int age = 0; age < persons.length; age++) {
                    w.write(pyramid.areaCode() + "," + sex + "," + age + "," + CsvNumbers.format(persons[age]));
                    w.newLine();
                    rows++;
                }
            }
        }
        return rows;
    }
}
