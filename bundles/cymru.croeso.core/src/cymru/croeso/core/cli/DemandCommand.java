package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.services.DemandTable;
import cymru.croeso.engine.services.Esol;
import cymru.croeso.engine.services.GpRegistration;
import cymru.croeso.engine.services.Housing;
import cymru.croeso.engine.services.ProjectedPopulation;
import cymru.croeso.engine.services.SchoolPlaces;
import cymru.croeso.engine.services.ServiceAssumptions;

/**
 * {@code demand --project P --scenario ID --service schools|esol|housing|gp --out FILE}: one service's demand and
 * capacity for every area (or planning area and phase) and year of a scenario, as CSV.
 */
public final class DemandCommand implements CliCommand {
    static final List<String> SERVICES = List.of("schools", "esol", "housing", "gp");

    @Override
    public String name() {
        return "demand";
    }

    @Override
    public String usage() {
        return AnalysisMessages.format("demand.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        args.allowOnly(Set.of("project", "scenario", "service", "out"));
        String service = args.required("service").trim().toLowerCase(java.util.Locale.ROOT);
        if (!SERVICES.contains(service)) {
            throw new UserError(AnalysisMessages.format("demand.unknownService", service, String.join("|", SERVICES)));
        }
        Path file = args.requiredPath("out");
        ProjectInput input = ProjectInput.open(args);
        ScenarioRun run = input.run(input.scenario(args.required("scenario")));
        ScenarioServices services = ScenarioServices.of(run, input.rootRun(run));
        DemandTable table = table(service, run.result(), services.assumptions());
        try (Writer w = ProjectInput.out(file)) {
            write(table, w);
        }
        ProjectionResult r = run.result();
        out.println(AnalysisMessages.format("demand.written", table.rows().size(), file, service, run.id(),
                Integer.toString(r.baseYear()), Integer.toString(r.endYear())));
        if (service.equals("schools") && !services.schoolEstate()) {
            out.println(AnalysisMessages.format("demand.noEstate"));
        }
        if (service.equals("housing")) {
            if (!services.housingStock()) {
                out.println(AnalysisMessages.format("demand.noStock"));
            }
            if (services.calibration() == null) {
                out.println(AnalysisMessages.format("demand.uncalibrated"));
            } else {
                out.println(AnalysisMessages.format("demand.calibrated", Integer.toString(services.calibration().year()),
                        input.rootRun(run).id()));
            }
        }
        return Cli.OK;
    }

    static DemandTable table(String service, ProjectionResult result, ServiceAssumptions assumptions) {
        ProjectedPopulation population = ProjectedPopulation.of(result);
        return switch (service) {
            case "schools" -> SchoolPlaces.project(population, assumptions.schools()).table();
            case "esol" -> Esol.project(population, assumptions.esol()).table();
            case "housing" -> Housing.project(population, assumptions.housing()).table();
            default -> GpRegistration.project(population, assumptions.gp()).table();
        };
    }

    /** Header (key columns, year, value columns), then one line per row; numbers as {@link CsvNumbers} writes them. */
    static void write(DemandTable table, Writer w) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String c : table.columns()) {
            line.append(line.isEmpty() ? "" : ",").append(c);
        }
        w.write(line.append('\n').toString());
        for (DemandTable.Row row : table.rows()) {
            line.setLength(0);
            for (String key : row.keys()) {
                line.append(field(key)).append(',');
            }
            line.append(row.year());
            for (double v : row.values()) {
                line.append(',').append(CsvNumbers.format(v));
            }
            w.write(line.append('\n').toString());
        }
    }

    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
