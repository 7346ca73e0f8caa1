package cymru.croeso.core.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.validation.ElementLabels;

/**
 * The project explorer's and editors' structural edits as commands for the project's command stack, so each is
 * undone with Ctrl+Z: a new scenario from another, a copy of an element beside it, a new element in a list (making
 * the services or assumptions that hold it if the project has none yet), and deleting an element with every
 * reference to it.
 */
public final class ProjectEdits {
    /** Years a new baseline looks ahead: the 25 of the Welsh Government's local authority population projections. */
    static final int DEFAULT_HORIZON_YEARS = 25;

    private ProjectEdits() {
    }

    /**
     * A new scenario that varies {@code parent} (or a new baseline when it is null), with its parent's horizon, an
     * id unique in the project and a name saying what it varies.
     */
    public static Created newScenario(EditingDomain domain, Project project, Scenario parent, Locale locale) {
        EditingMessages words = EditingMessages.in(locale);
        Scenario scenario = CroesoFactory.eINSTANCE.createScenario();
        scenario.setParent(parent);
        if (parent != null) {
            scenario.setName(words.format("scenario.variantName", ElementNames.of(parent, locale)));
            scenario.setId(uniqueId(project, parent.getId() == null ? "scenario" : parent.getId() + "-variant"));
            ScenarioAgainstParent horizon = new ScenarioAgainstParent(project, parent, locale);
            scenario.setBaseYear(horizon.baseYear());
            scenario.setEndYear(horizon.endYear());
        } else {
            scenario.setName(words.get("scenario.newName"));
            scenario.setId(uniqueId(project, "scenario"));
            int base = project.getBasePopulation() == null ? 0 : project.getBasePopulation().getBaseYear();
            scenario.setBaseYear(base);
            scenario.setEndYear(base + DEFAULT_HORIZON_YEARS);
        }
        return new Created(AddCommand.create(domain, project, Literals.PROJECT__SCENARIOS, scenario), scenario);
    }

    /** Whether {@link #duplicate} can copy the element: it sits in a list it may be copied into. */
    public static boolean canDuplicate(EObject element) {
        EReference containment = element == null ? null : element.eContainmentFeature();
        return containment != null && containment.isMany() && !structural(element);
    }

    /**
     * A copy of {@code element} placed just after it, with a fresh id and "(copy)" after its name; references to
     * other elements stay as they were (a copied scenario keeps its parent, a copied flow its schedule).
     */
    public static Created duplicate(EditingDomain domain, EObject element, Locale locale) {
        if (!canDuplicate(element)) {
            return new Created(UnexecutableCommand.INSTANCE, null);
        }
        EObject copy = EcoreUtil.copy(element);
        EAttribute id = textAttribute(copy.eClass(), "id");
        if (id != null && copy.eGet(id) != null) {
            copy.eSet(id, uniqueId(EcoreUtil.getRootContainer(element), (String) copy.eGet(id) + "-copy"));
        }
        for (String nameAttribute : List.of("name", "title", "nameEn")) {
            EAttribute name = textAttribute(copy.eClass(), nameAttribute);
            if (name != null && copy.eGet(name) != null) {
                copy.eSet(name, EditingMessages.in(locale).format("copy.name", copy.eGet(name)));
                break;
            }
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainmentFeature());
        return new Created(AddCommand.create(domain, element.eContainer(), element.eContainmentFeature(), copy,
                siblings.indexOf(element) + 1), copy);
    }

    /** Whether {@link #delete} may remove the element: not the project, its areas, groups or base population. */
    public static boolean canDelete(EObject element) {
        return element != null && element.eContainer() != null && !structural(element);
    }

    /** Removes {@code element} and clears every reference to it (a deleted scenario's children become baselines). */
    public static Command delete(EditingDomain domain, EObject element) {
        return canDelete(element) ? DeleteCommand.create(domain, element) : UnexecutableCommand.INSTANCE;
    }

    /**
     * A new element of {@code type} at the end of the list {@code list} of the project's services or assumptions
     * (whichever holds that list), creating them first if the project has none. Named "ESOL provider 2" and the like
     * where the class has a name, so the new row can be told apart.
     */
    public static Created add(EditingDomain domain, Project project, EReference list, EClass type, Locale locale) {
        EObject element = created(type, project);
        EObject owner = holder(project, list.getEContainingClass());
        EAttribute name = textAttribute(type, "name");
        List<?> existing = owner == null ? List.of() : (List<?>) owner.eGet(list);
        if (name != null) {
            element.eSet(name, ElementLabels.in(locale).classLabel(type) + " " + (existing.size() + 1));
        }
        EAttribute id = textAttribute(type, "id");
        if (id != null) {
            element.eSet(id, uniqueId(project, type.getName().toLowerCase(Locale.ROOT)));
        }
        if (owner != null) {
            return new Created(AddCommand.create(domain, owner, list, element), element);
        }
        EObject newOwner = EcoreUtil.create(list.getEContainingClass());
        EReference holding = list.getEContainingClass() == Literals.SERVICES ? Literals.PROJECT__SERVICES
                : Literals.PROJECT__ASSUMPTIONS;
        CompoundCommand both = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
        both.append(SetCommand.create(domain, project, holding, newOwner));
        both.append(AddCommand.create(domain, newOwner, list, element));
        return new Created(both, element);
    }

    /** A new element of {@code type} at the end of {@code owner}'s list {@code list} (a school's capacities …). */
    public static Created add(EditingDomain domain, EObject owner, EReference list, EClass type) {
        EObject root = EcoreUtil.getRootContainer(owner);
        EObject element = created(type, root instanceof Project p ? p : null);
        return new Created(AddCommand.create(domain, owner, list, element), element);
    }

    /**
     * A new element whose years are the project's rather than 0: first years ("fromYear", "year", "startYear") the
     * base year, last years ("toYear", "endYear") the end of the first scenario's horizon.
     */
    private static EObject created(EClass type, Project project) {
        EObject element = EcoreUtil.create(type);
        if (project == null || project.getBasePopulation() == null) {
            return element;
        }
        int first = project.getBasePopulation().getBaseYear();
        int last = project.getScenarios().isEmpty() ? first + DEFAULT_HORIZON_YEARS
                : new ScenarioAgainstParent(project, project.getScenarios().get(0), Locale.ROOT).endYear();
        for (EAttribute a : type.getEAllAttributes()) {
            boolean year = a.getName().equals("year") || a.getName().endsWith("Year");
            if (year && a.getEAttributeType().getInstanceClass() == int.class && a.isChangeable()) {
                element.eSet(a, a.getName().startsWith("to") || a.getName().startsWith("end") ? last : first);
            }
        }
        return element;
    }

    /** The element holding lists of {@code listOwner}'s class: the services, the assumptions (either may be null). */
    private static EObject holder(Project project, EClass listOwner) {
        if (listOwner == Literals.SERVICES) {
            return project.getServices();
        }
        return listOwner == Literals.ASSUMPTIONS ? project.getAssumptions() : project;
    }

    private static boolean structural(EObject element) {
        return element instanceof Project || element instanceof Area || element instanceof PopulationGroup
                || element instanceof BasePopulation;
    }

    private static EAttribute textAttribute(EClass type, String name) {
        EStructuralFeature feature = type.getEStructuralFeature(name);
        return feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class ? a : null;
    }

    /** {@code stem}, or stem-2, stem-3 … whichever no element of the project uses as its id yet. */
    static String uniqueId(EObject root, String stem) {
        Set<Object> used = new HashSet<>();
        root.eAllContents().forEachRemaining(e -> {
            EAttribute id = textAttribute(e.eClass(), "id");
            if (id != null) {
                used.add(e.eGet(id));
            }
        });
        String id = stem;
        for (int n = 2; used.contains(id); n++) {
            id = stem + "-" + n;
        }
        return id;
    }
}
