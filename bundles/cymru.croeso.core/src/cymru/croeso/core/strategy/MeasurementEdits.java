package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.data.indicators.IndicatorCatalogue;
import cymru.croeso.data.indicators.IntegrationIndicator;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.Project;

/** The indicator edits the dashboard makes, each one command for the project's command stack. */
public final class MeasurementEdits {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private MeasurementEdits() {
    }

    /**
     * Records an indicator's values for a year and area (null: the whole project): a new measurement, or the values
     * given set on the one already there. A value left null is not entered (and an existing one is kept, so nothing
     * the planner had is lost).
     */
    public static Command record(EditingDomain domain, Indicator indicator, Area area, int year, Double migrants,
            Double ukBorn, Double baseline, Double target, Locale locale) {
        Measurement existing = indicator.getMeasurements().stream().filter(m -> m.getArea() == area && m.getYear() == year)
                .findFirst().orElse(null);
        if (existing == null) {
            Measurement m = F.createMeasurement();
            m.setYear(year);
            m.setArea(area);
            m.setMigrants(migrants);
            m.setUkBorn(ukBorn);
            m.setBaseline(baseline);
            m.setTarget(target);
            return AddCommand.create(domain, indicator, Literals.INDICATOR__MEASUREMENTS, m);
        }
        CompoundCommand command = new CompoundCommand(StrategyWords.of(locale).get("command.measurement"));
        set(domain, command, existing, Literals.MEASUREMENT__MIGRANTS, migrants);
        set(domain, command, existing, Literals.MEASUREMENT__UK_BORN, ukBorn);
        set(domain, command, existing, Literals.MEASUREMENT__BASELINE, baseline);
        set(domain, command, existing, Literals.MEASUREMENT__TARGET, target);
        return command.isEmpty() ? null : command;
    }

    private static void set(EditingDomain domain, CompoundCommand command, Measurement m,
            org.eclipse.emf.ecore.EAttribute feature, Double value) {
        if (value != null) {
            command.append(SetCommand.create(domain, m, feature, value));
        }
    }

    /** The framework's indicators the project does not have yet (by id), in the framework's order. */
    public static List<IntegrationIndicator> missing(Project project, IndicatorCatalogue catalogue) {
        List<IntegrationIndicator> out = new ArrayList<>();
        for (IntegrationIndicator known : catalogue.indicators()) {
            if (project.getIndicators().stream().noneMatch(i -> known.id().equals(i.getId()))) {
                out.add(known);
            }
        }
        return out;
    }

    /**
     * Adds the framework's indicators the project lacks, with the framework's wording, domain, linked national
     * indicator and whether data exist for each group; null when it has them all.
     */
    public static Command addFramework(EditingDomain domain, Project project, IndicatorCatalogue catalogue) {
        List<Indicator> added = new ArrayList<>();
        for (IntegrationIndicator known : missing(project, catalogue)) {
            Indicator i = F.createIndicator();
            i.setId(known.id());
            i.setDomain(IntegrationDomain.get(known.domain().number() - 1));
            i.setWording(known.wording());
            i.setWellBeingIndicator(known.nationalIndicator().isPresent() ? known.nationalIndicator().getAsInt() : null);
            i.setDataForMigrants(known.migrants().exists());
            i.setDataForUkBorn(known.ukBorn().exists());
            added.add(i);
        }
        return added.isEmpty() ? null : AddCommand.create(domain, project, Literals.PROJECT__INDICATORS, added);
    }
}
