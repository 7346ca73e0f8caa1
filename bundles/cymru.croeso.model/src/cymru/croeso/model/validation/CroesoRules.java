package cymru.croeso.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Effect;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.ModelElement;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.util.CroesoValidator;
import cymru.croeso.model.values.PopulationCube;

/**
 * The bodies of the model's invariants, called by the generated {@link CroesoValidator}: bounds, year order,
 * references inside the project, the base population's shape, acyclic scenarios, well-aimed effects and figure
 * sources that name a service figure.
 *
 * <p>Bounds and year pairs are declared in croeso.ecore (annotations {@value #BOUNDS} and {@value #YEARS}), so a
 * new bounded field needs no code here.
 */
public final class CroesoRules {

    /** Feature annotation with "min" and/or "max" details; on a DoubleArray they bound every element. */
    public static final String BOUNDS = "http://croeso.cymru/model/bounds";
    /** Class annotation whose details map a from-year field to the to-year field that must not precede it. */
    public static final String YEARS = "http://croeso.cymru/model/years";
    /** Feature annotation on a to-year field whose 0 means "no last year": such a range is never out of order. */
    public static final String OPEN_END = "http://croeso.cymru/model/openEnd";

    private CroesoRules() {
    }

    public static boolean withinBounds(ModelElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            Object value = element.eGet(attribute);
            if (value instanceof double[] numbers) {
                for (int i = 0; i < numbers.length; i++) {
                    if (!numberOk(element, attribute, numbers[i], i + 1, diagnostics, context)) {
                        valid = false;
                        break; // one message per field: the first bad value tells the user where to look
                    }
                }
            } else if (value instanceof Number number) {
                valid &= numberOk(element, attribute, number.doubleValue(), 0, diagnostics, context);
            }
        }
        return valid;
    }

    public static boolean yearsOrdered(ModelElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (EClass eClass : withSuperTypes(element.eClass())) {
            EAnnotation years = eClass.getEAnnotation(YEARS);
            if (years == null) {
                continue;
            }
            for (Map.Entry<String, String> pair : years.getDetails()) {
                EStructuralFeature from = eClass.getEStructuralFeature(pair.getKey());
                EStructuralFeature to = eClass.getEStructuralFeature(pair.getValue());
                int first = (Integer) element.eGet(from);
                int last = (Integer) element.eGet(to);
                if (first > last && !(last == 0 && to.getEAnnotation(OPEN_END) != null)) {
                    valid = false;
                    ElementLabels labels = ElementLabels.in(context);
                    report(diagnostics, CroesoValidator.MODEL_ELEMENT__YEARS_ORDERED, element, from,
                            labels.messages().format("years.order", labels.getObjectLabel(element),
                                    labels.getFeatureLabel(from), String.valueOf(first),
                                    labels.getFeatureLabel(to), String.valueOf(last)));
                }
            }
        }
        return valid;
    }

    /** Catches references to elements of another project or to ones deleted from this one but still held elsewhere. */
    public static boolean referencesInProject(ModelElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        EObject project = EcoreUtil.getRootContainer(element);
        boolean valid = true;
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                continue;
            }
            for (EObject target : targets(element, reference)) {
                // Unresolved proxies are reported by EMF's own proxy check; counting them here would say it twice.
                if (!target.eIsProxy() && EcoreUtil.getRootContainer(target) != project) {
                    valid = false;
                    ElementLabels labels = ElementLabels.in(context);
                    report(diagnostics, CroesoValidator.MODEL_ELEMENT__REFERENCES_IN_PROJECT, element, reference,
                            labels.messages().format("reference.outside", labels.getObjectLabel(element),
                                    labels.getFeatureLabel(reference), labels.getObjectLabel(target)));
                }
            }
        }
        return valid;
    }

    public static boolean shapeMatches(BasePopulation population, DiagnosticChain diagnostics, Map<Object, Object> context) {
        double[] values = population.getValues();
        int length = values == null ? 0 : values.length;
        if (population.getTopAge() < 0) {
            return shapeError(population, length, -1, diagnostics, context);
        }
        PopulationCube cube = PopulationCube.of(population);
        return length == cube.size() || shapeError(population, length, cube.size(), diagnostics, context);
    }

    public static boolean parentsAcyclic(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Set<Scenario> seen = new HashSet<>();
        StringBuilder chain = new StringBuilder(String.valueOf(scenario.getId()));
        for (Scenario s = scenario.getParent(); s != null; s = s.getParent()) {
            chain.append(" \u2192 ").append(s.getId());
            if (s == scenario || !seen.add(s)) {
                ElementLabels labels = ElementLabels.in(context);
                report(diagnostics, CroesoValidator.SCENARIO__PARENTS_ACYCLIC, scenario, Literals.SCENARIO__PARENT,
                        labels.messages().format("scenario.cycle", labels.getObjectLabel(scenario),
                                labels.getFeatureLabel(Literals.SCENARIO__PARENT), chain));
                return false;
            }
        }
        return true;
    }

    public static boolean subjectMatchesTarget(Effect effect, DiagnosticChain diagnostics, Map<Object, Object> context) {
        EStructuralFeature missing = switch (effect.getTarget()) {
            case ESOL_PLACES -> effect.getEsolProvider() == null ? Literals.EFFECT__ESOL_PROVIDER : null;
            case SCHOOL_PLACES -> effect.getSchool() == null ? Literals.EFFECT__SCHOOL : null;
            case RATE -> effect.getEsolNeed() == null && effect.getAssumption() == null ? Literals.EFFECT__ESOL_NEED : null;
            case FLOW -> effect.getAssumption() instanceof MigrationFlow || effect.getAssumption() instanceof SpecialFlow
                    ? null : Literals.EFFECT__ASSUMPTION;
        };
        if (missing == null) {
            return true;
        }
        ElementLabels labels = ElementLabels.in(context);
        report(diagnostics, CroesoValidator.EFFECT__SUBJECT_MATCHES_TARGET, effect, missing,
                labels.messages().format("effect.subject", labels.getObjectLabel(effect),
                        labels.getFeatureLabel(Literals.EFFECT__TARGET),
                        labels.messages().textOr("literal.EffectTarget." + effect.getTarget().getLiteral(),
                                effect.getTarget().getLiteral()),
                        labels.getFeatureLabel(missing)));
        return false;
    }

    /** A figure source names an attribute of its service assumptions, and each figure has at most one source. */
    public static boolean figureSourcesNameFigures(ServiceAssumptions assumptions, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = true;
        Set<String> named = new HashSet<>();
        for (FigureSource source : assumptions.getFigureSources()) {
            String figure = source.getFigure();
            ElementLabels labels = ElementLabels.in(context);
            if (!(assumptions.eClass().getEStructuralFeature(String.valueOf(figure)) instanceof EAttribute)) {
                valid = false;
                String known = String.join(", ", assumptions.eClass().getEAllAttributes().stream()
                        .map(EAttribute::getName).toList());
                report(diagnostics, CroesoValidator.SERVICE_ASSUMPTIONS__FIGURE_SOURCES_NAME_FIGURES, source,
                        Literals.FIGURE_SOURCE__FIGURE, labels.messages().format("figure.unknown",
                                labels.getObjectLabel(source), labels.getFeatureLabel(Literals.FIGURE_SOURCE__FIGURE),
                                figure, known));
            } else if (!named.add(figure)) {
                valid = false;
                report(diagnostics, CroesoValidator.SERVICE_ASSUMPTIONS__FIGURE_SOURCES_NAME_FIGURES, source,
                        Literals.FIGURE_SOURCE__FIGURE, labels.messages().format("figure.twice",
                                labels.getObjectLabel(assumptions), labels.getFeatureLabel(Literals.FIGURE_SOURCE__FIGURE),
                                figure));
            }
        }
        return valid;
    }

    private static boolean numberOk(ModelElement element, EAttribute attribute, double value, int position,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        EAnnotation bounds = attribute.getEAnnotation(BOUNDS);
        double min = bound(bounds, "min", Double.NEGATIVE_INFINITY);
        double max = bound(bounds, "max", Double.POSITIVE_INFINITY);
        boolean finite = Double.isFinite(value);
        if (finite && value >= min && value <= max) {
            return true;
        }
        ElementLabels labels = ElementLabels.in(context);
        String key = !finite ? "bounds.notFinite" : max == Double.POSITIVE_INFINITY ? "bounds.negative" : "bounds.range";
        String where = position == 0 ? "" : labels.messages().format("bounds.position", position);
        report(diagnostics, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS, element, attribute,
                labels.messages().format(key, labels.getObjectLabel(element), labels.getFeatureLabel(attribute),
                        plain(value), where, plain(min), plain(max)));
        return false;
    }

    private static boolean shapeError(BasePopulation population, int length, int expected, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        ElementLabels labels = ElementLabels.in(context);
        report(diagnostics, CroesoValidator.BASE_POPULATION__SHAPE_MATCHES, population, Literals.BASE_POPULATION__VALUES,
                labels.messages().format("population.shape", labels.getObjectLabel(population),
                        labels.getFeatureLabel(Literals.BASE_POPULATION__VALUES), length,
                        population.getAreas().size(), population.getGroups().size(),
                        population.getTopAge() + 1, expected));
        return false;
    }

    private static double bound(EAnnotation bounds, String key, double otherwise) {
        String text = bounds == null ? null : bounds.getDetails().get(key);
        return text == null ? otherwise : Double.parseDouble(text);
    }

    /** Numbers in messages as the user typed them: "1.2", "3", not "3.0". */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<EObject> targets(EObject element, EReference reference) {
        Object value = element.eGet(reference, false);
        if (value instanceof List<?> list) {
            return list.stream().map(EObject.class::cast).toList();
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static List<EClass> withSuperTypes(EClass eClass) {
        List<EClass> all = new java.util.ArrayList<>(eClass.getEAllSuperTypes());
        all.add(eClass);
        return all;
    }

    private static void report(DiagnosticChain diagnostics, int code, EObject element, EStructuralFeature feature,
            String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, CroesoValidator.DIAGNOSTIC_SOURCE, code, message,
                    new Object[] {element, feature}));
        }
    }
}
