package cymru.croeso.core.boardpack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import cymru.croeso.core.boardpack.PackMeasures.Measure;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.data.indicators.IndicatorCatalogue;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;
import cymru.croeso.export.pack.BoardPackContent;
import cymru.croeso.export.pack.BoardPackContent.Comparison;
import cymru.croeso.export.pack.BoardPackContent.Headline;
import cymru.croeso.export.pack.BoardPackContent.Population;
import cymru.croeso.export.pack.BoardPackContent.PopulationBlock;
import cymru.croeso.export.pack.BoardPackContent.Pyramid;
import cymru.croeso.export.pack.BoardPackContent.ServiceTable;
import cymru.croeso.model.Area;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

/**
 * Fills a {@link BoardPackContent} from a project and its scenario runs, in English or Welsh: the first scenario's
 * population by area, group, five-year band and year, its pyramid (every area, last year), its services' demand
 * against capacity, the action plan and what the scenario's switched-on actions cost, indicators with their gap and
 * RAG status, and, with several scenarios, the headline measures of each side by side.
 */
public final class BoardPackAssembler {
    private final Project project;
    private final PackWords words;
    private final ScenarioRunner runner;

    /**
     * @param language {@code en} or {@code cy}
     * @throws IllegalArgumentException for any other language
     */
    public BoardPackAssembler(Project project, String language) {
        this.project = project;
        this.words = new PackWords(language);
        this.runner = new ScenarioRunner(project);
    }

    /**
     * Runs the scenarios with these ids (the first is the pack's, any others are compared with it).
     *
     * @throws ScenarioProblem for an unknown id (naming the known ones) or a scenario that cannot run
     */
    public BoardPackContent assemble(List<String> scenarioIds, LocalDate date) {
        List<ScenarioRun> runs = new ArrayList<>();
        for (String id : scenarioIds) {
            runs.add(runner.run(id));
        }
        return assembleRuns(runs, date);
    }

    /**
     * The pack of runs already made.
     *
     * @throws ScenarioProblem when the runs have different areas, groups or ages, or share no year
     */
    public BoardPackContent assembleRuns(List<ScenarioRun> runs, LocalDate date) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a board pack needs at least one scenario run");
        }
        ScenarioRun first = runs.get(0);
        ProjectionResult result = first.result();
        PopulationShape shape = result.shape();
        int lastShared = result.endYear();
        for (ScenarioRun run : runs) {
            if (!run.result().shape().equals(shape) || run.result().baseYear() != result.baseYear()) {
                throw new ScenarioProblem("scenarios \"" + first.id() + "\" and \"" + run.id()
                        + "\" have different areas, groups, ages or base years; compare scenarios of the same project");
            }
            lastShared = Math.min(lastShared, run.result().endYear());
        }
        Map<ScenarioRun, ScenarioServices> services = new IdentityHashMap<>();
        List<List<ServiceTable>> tables = new ArrayList<>();
        for (ScenarioRun run : runs) {
            ScenarioServices s = ScenarioServices.of(run, rootRun(run, runs));
            services.put(run, s);
            tables.add(ServiceTables.of(s.demand(run), shape.areas()));
        }
        FiveYearBands bands = new FiveYearBands(shape.topAge());
        PackMeasures measures = new PackMeasures(words, ukBorn());
        List<Measure> headline = measures.of(result, tables.get(0));
        List<Headline> headlines = headline.stream().map(m -> new Headline(m.name(), m.value().in(result.baseYear()),
                m.value().in(result.endYear()), m.count())).toList();
        return new BoardPackContent(words.format("title", project.getName()), areaNames(),
                runs.stream().map(r -> scenarioName(r.scenario().scenario())).toList(), date,
                PackSources.of(project, chains(runs), words),
                new AssumptionsInBrief(words).of(project, runs, services.get(first)), result.baseYear(),
                result.endYear(), headlines, population(result, bands), pyramid(first, bands), tables.get(0),
                ActionPlan.of(project), IndicatorRows.of(project, IndicatorCatalogue.load(), words.locale()),
                runs.size() > 1 ? comparison(runs, tables, measures, lastShared) : List.of(),
                ActionPlan.costs(first.scenario(), scenarioName(first.scenario().scenario()), words.locale()));
    }

    /** What the pack calls a scenario: its name, or its id when it has none. */
    static String scenarioName(Scenario scenario) {
        return scenario.getName() != null && !scenario.getName().isBlank() ? scenario.getName() : scenario.getId();
    }

    private Population population(ProjectionResult result, FiveYearBands bands) {
        PopulationShape shape = result.shape();
        List<String> areas = areaNames();
        List<String> groups = groupNames();
        List<PopulationBlock> blocks = new ArrayList<>();
        for (int year : tableYears(result.baseYear(), result.endYear())) {
            double[] cells = result.populationIn(year);
            for (int a = 0; a < shape.areas(); a++) {
                blocks.add(new PopulationBlock(areas.get(a), year, groups, bands.byGroup(shape, cells, a)));
            }
        }
        return new Population(bands.labels(), blocks);
    }

    /**
     * The years the population table shows: the base year, every fifth year after it and the last year, as board
     * papers set them out (every year of 22 areas is some 4,500 rows that nobody prints, and most of the pack's time).
     */
    static List<Integer> tableYears(int baseYear, int endYear) {
        List<Integer> years = new ArrayList<>();
        for (int year = baseYear; year < endYear; year += 5) {
            years.add(year);
        }
        years.add(endYear);
        return years;
    }

    private Pyramid pyramid(ScenarioRun run, FiveYearBands bands) {
        ProjectionResult result = run.result();
        List<String> areas = areaNames();
        String place = areas.size() == 1 ? areas.get(0) : project.getName();
        return new Pyramid(words.format("pyramid.caption", place, result.endYear(), scenarioName(run.scenario().scenario())),
                bands.labels(), bands.bySex(result, result.endYear(), Sex.MALE.ordinal()),
                bands.bySex(result, result.endYear(), Sex.FEMALE.ordinal()));
    }

    private List<Comparison> comparison(List<ScenarioRun> runs, List<List<ServiceTable>> tables, PackMeasures measures,
            int year) {
        List<List<Measure>> each = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            each.add(measures.of(runs.get(r).result(), tables.get(r)));
        }
        List<Comparison> rows = new ArrayList<>();
        for (int m = 0; m < each.get(0).size(); m++) {
            double[] values = new double[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                values[r] = each.get(r).get(m).value().in(year);
            }
            Measure measure = each.get(0).get(m);
            rows.add(new Comparison(words.format("comparison.measure", measure.name(), year), values, measure.count()));
        }
        return rows;
    }

    /** The run of a scenario's root, for calibrating headship rates: one of the runs if it is there, else run now. */
    private ScenarioRun rootRun(ScenarioRun run, List<ScenarioRun> runs) {
        Scenario root = run.scenario().chain().get(0);
        for (ScenarioRun r : runs) {
            if (r.scenario().scenario() == root) {
                return r;
            }
        }
        return runner.run(root);
    }

    private static List<Scenario> chains(List<ScenarioRun> runs) {
        List<Scenario> scenarios = new ArrayList<>();
        for (ScenarioRun run : runs) {
            for (Scenario s : run.scenario().chain()) {
                if (!scenarios.contains(s)) {
                    scenarios.add(s);
                }
            }
        }
        return scenarios;
    }

    private List<String> areaNames() {
        return project.getBasePopulation().getAreas().stream()
                .map((Area a) -> words.name(a.getNameEn(), a.getNameCy(), a.getCode())).toList();
    }

    private List<String> groupNames() {
        return project.getBasePopulation().getGroups().stream()
                .map((PopulationGroup g) -> words.name(g.getNameEn(), g.getNameCy(), g.getId())).toList();
    }

    private boolean[] ukBorn() {
        List<PopulationGroup> groups = project.getBasePopulation().getGroups();
        boolean[] flags = new boolean[groups.size()];
        for (int g = 0; g < flags.length; g++) {
            flags[g] = groups.get(g).isUkBorn();
        }
        return flags;
    }
}
