package cymru.croeso.core.boardpack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.ModelElement;
import cymru.croeso.model.Project;
import cymru.croeso.model.Provenance;
import cymru.croeso.model.Scenario;

/**
 * The cover's "sources and provenance": every source named by the provenance of the project and of what the pack
 * draws on (base population, assumptions, services, indicators, the scenarios and their parents), one source a
 * line without repeats, then one line saying which of them are illustrative rather than official statistics.
 */
final class PackSources {
    /**
     * A part of a source shorter than this qualifies the source before it (a licence such as "Open Government
     * Licence", a release) rather than naming a source of its own, so it stays on that source's line.
     */
    static final int QUALIFIER_LENGTH = 40;

    private PackSources() {
    }

    static List<String> of(Project project, List<Scenario> scenarios, PackWords words) {
        Set<String> lines = new LinkedHashSet<>();
        List<String> illustrative = new ArrayList<>();
        add(project, lines);
        element(project.getBasePopulation(), words.get("what.basePopulation"), lines, illustrative);
        element(project.getAssumptions(), words.get("what.assumptions"), lines, illustrative);
        element(project.getServices(), words.get("what.services"), lines, illustrative);
        for (cymru.croeso.model.Indicator indicator : project.getIndicators()) {
            element(indicator, words.format("what.indicator", indicator.getId()), lines, illustrative);
        }
        for (Scenario scenario : scenarios) {
            element(scenario, words.format("what.scenario", BoardPackAssembler.scenarioName(scenario)), lines,
                    illustrative);
        }
        List<String> out = new ArrayList<>(lines);
        if (!illustrative.isEmpty()) {
            out.add(words.format("provenance.illustrative", String.join(", ", illustrative)));
        }
        return out;
    }

    /** The element's sources and those of everything inside it; {@code label} listed once if any is illustrative. */
    private static void element(EObject element, String label, Set<String> lines, List<String> illustrative) {
        if (element == null) {
            return;
        }
        boolean anyIllustrative = add(element, lines);
        for (Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
            anyIllustrative |= add(it.next(), lines);
        }
        if (anyIllustrative) {
            illustrative.add(label);
        }
    }

    private static boolean add(EObject element, Set<String> lines) {
        if (!(element instanceof ModelElement m) || m.getProvenance() == null) {
            return false;
        }
        Provenance p = m.getProvenance();
        lines.addAll(parts(p.getSource()));
        return p.isIllustrative();
    }

    /** A source naming several publications ("A; B; C") as one line each. */
    static List<String> parts(String source) {
        List<String> parts = new ArrayList<>();
        if (source == null) {
            return parts;
        }
        for (String part : source.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() < QUALIFIER_LENGTH && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "; " + p);
            } else {
                parts.add(p);
            }
        }
        return parts;
    }
}
