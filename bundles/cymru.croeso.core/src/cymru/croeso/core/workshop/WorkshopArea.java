package cymru.croeso.core.workshop;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.core.services.ServiceFigure;
import cymru.croeso.engine.services.Esol;
import cymru.croeso.engine.services.EsolAssumptions;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.EsolProvider;
import cymru.croeso.engine.services.ProjectedPopulation;
import cymru.croeso.engine.Sex;
import cymru.croeso.model.Area;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.values.PopulationCube;

/**
 * One area of a project set up for a facilitator's sliders: a private copy of the project cut down to that area (so
 * each move projects one area, not all of them), the baseline run once, and a live child scenario whose overrides
 * the sliders change in place before each {@link ScenarioRunner#runLive live run}. The user's project is never
 * changed; {@link WorkshopScenario} turns settings into a scenario of the user's project.
 */
public final class WorkshopArea {
    private final Area area;
    private final Scenario baseline;
    private final LiveScenario live;
    private final ScenarioRunner runner;
    private final EsolAssumptions esol;
    private final int workshopProvider;
    private final WorkshopResult baselineResult;
    private WorkshopSettings lastRun;
    private ScenarioRun last;
    /** The last run's population read once for ESOL, kept while only the ESOL places move (reading it copies every year). */
    private ProjectedPopulation lastPopulation;

    private WorkshopArea(Project project, Scenario baseline, Area area) {
        this.area = area;
        this.baseline = baseline;
        Project copy = EcoreUtil.copy(project);
        Area own = copy.getAreas().get(project.getAreas().indexOf(area));
        Scenario ownBaseline = copy.getScenarios().get(project.getScenarios().indexOf(baseline));
        keepOnly(copy, own);
        live = LiveScenario.create(copy, ownBaseline, own);
        runner = new ScenarioRunner(copy);
        ScenarioRun baseRun = runner.run(ownBaseline);
        EsolAssumptions base;
        try {
            base = ScenarioServices.of(baseRun, baseRun).assumptions().esol();
        } catch (RuntimeException e) {
            // a project whose household figures do not fit one area still has ESOL demand: use the calculator's defaults
            base = EsolAssumptions.withDefaults(copy.getBasePopulation().getGroups().size(), 1, List.of());
        }
        List<EsolProvider> providers = new ArrayList<>(base.providers());
        workshopProvider = providers.size();
        double hours = ServiceFigure.assumptionsOf(copy).getEsolGuidedHoursPerLearner();
        providers.add(new EsolProvider("workshop", 0, 0, hours));
        esol = new EsolAssumptions(base.limitedEnglishShare(), base.uptakeRate(), providers, base.placeChanges(),
                base.uptakeChanges(), base.dropOutShare(), base.costPerGuidedHour(), base.waitingListAtStart());
        baselineResult = result(baseRun, ProjectedPopulation.of(baseRun.result()), WorkshopSettings.BASELINE);
    }

    /**
     * @param baseline the scenario the sliders vary (normally the project's root scenario)
     * @param area     an area of the project's base population
     */
    public static WorkshopArea of(Project project, Scenario baseline, Area area) {
        if (project.getBasePopulation() == null || !project.getBasePopulation().getAreas().contains(area)) {
            throw new IllegalArgumentException("area " + area.getCode() + " has no base population in project "
                    + project.getName());
        }
        return new WorkshopArea(project, baseline, area);
    }

    public Area area() {
        return area;
    }

    public Scenario baseline() {
        return baseline;
    }

    /** Whether the project has a group for resettled refugees (without one the intake slider changes nothing). */
    public boolean hasResettlementGroup() {
        return live.moves(WorkshopLever.RESETTLEMENT);
    }

    /** Whether moving the lever can change anything in this area (an intake needs its group). */
    public boolean moves(WorkshopLever lever) {
        return lever == WorkshopLever.ESOL_PLACES || live.moves(lever);
    }

    public WorkshopResult baselineResult() {
        return baselineResult;
    }

    /**
     * Projects the area with these settings, reusing the live projection's arrays; when only the ESOL places differ
     * from the last call, the population is the same and only the ESOL calculation runs again.
     */
    public WorkshopResult run(WorkshopSettings settings) {
        if (last == null || !settings.samePopulationAs(lastRun)) {
            live.apply(settings);
            last = runner.runLive(live.scenario());
            lastPopulation = ProjectedPopulation.of(last.result());
        }
        lastRun = settings;
        return result(last, lastPopulation, settings);
    }

    private WorkshopResult result(ScenarioRun run, ProjectedPopulation population, WorkshopSettings settings) {
        var r = run.result();
        int years = r.endYear() - r.baseYear() + 1;
        int groups = r.shape().groups();
        double[][] totals = new double[groups][years];
        for (int y = 0; y < years; y++) {
            for (int g = 0; g < groups; g++) {
                double s = 0;
                for (Sex sex : Sex.values()) {
                    for (int age = 0; age < r.shape().ages(); age++) {
                        s += r.population(r.baseYear() + y, 0, g, sex, age);
                    }
                }
                totals[g][y] = s;
            }
        }
        EsolAssumptions withPlaces = settings.esolPlacesAdded() > 0
                ? esol.withExtraPlaces(workshopProvider, live.fromYear(), settings.esolPlacesAdded()) : esol;
        EsolDemand demand = Esol.project(population, withPlaces);
        double[] applicants = new double[years];
        double[] places = new double[years];
        double[] waiting = new double[years];
        for (int y = 0; y < years; y++) {
            applicants[y] = demand.get(EsolDemand.Measure.NEW_LEARNERS, r.baseYear() + y, 0);
            places[y] = demand.get(EsolDemand.Measure.PLACES, r.baseYear() + y, 0);
            waiting[y] = demand.unmetDemand(r.baseYear() + y, 0);
        }
        return new WorkshopResult(r.baseYear(), totals, applicants, places, waiting);
    }

    /** Cuts the copy's base population and area-bound assumptions down to one area. */
    private static void keepOnly(Project copy, Area own) {
        BasePopulation base = copy.getBasePopulation();
        PopulationCube cube = PopulationCube.of(base);
        int a = base.getAreas().indexOf(own);
        int from = cube.index(a, 0, 0, 0);
        int cells = cube.groups() * PopulationCube.SEXES * cube.ages();
        double[] values = new double[cells];
        System.arraycopy(base.getValues(), from, values, 0, cells);
        base.getAreas().retainAll(List.of(own));
        base.setValues(values);
        if (copy.getAssumptions() == null) {
            return;
        }
        List<EObject> elsewhere = new ArrayList<>();
        copy.getAssumptions().eAllContents().forEachRemaining(o -> {
            if (o instanceof Assumption) {
                EStructuralFeature feature = o.eClass().getEStructuralFeature("area");
                if (feature != null && o.eGet(feature) instanceof Area other && other != own) {
                    elsewhere.add(o);
                }
            }
        });
        elsewhere.forEach(EcoreUtil::remove);
    }
}
