package cymru.croeso.ui.editors;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jakarta.inject.Inject;

/**
 * Opens the editor for a model element in the editor area, or brings it forward if it is open, and reveals the
 * element there. Which editor is read from the part descriptors' tags, so editors in other bundles join in without
 * code here:
 * <ul>
 * <li>{@value #EDITS_TAG}{@code Scenario}: elements of that class (or a subclass) open in this editor; the closest
 * class wins, and {@code ModelElement} (the generic form) comes last;</li>
 * <li>{@value #INPUT_TAG}{@code Scenario}: one editor per element of that class, the element itself or the one it
 * is inside (a scenario for its overrides); without it, one editor for the whole project.</li>
 * </ul>
 * The editor finds its input in the part's transient data under {@value #INPUT_KEY}, and is revealed through
 * {@link ElementEditor} if it implements it.
 */
@Creatable
public final class EditorOpener {
    public static final String EDITS_TAG = "croeso.edits:";
    public static final String INPUT_TAG = "croeso.input:";
    public static final String INPUT_KEY = "croeso.input";
    public static final String EDITOR_STACK = "cymru.croeso.stack.editors";

    private final MApplication application;
    private final EModelService models;
    private final EPartService parts;

    @Inject
    public EditorOpener(MApplication application, EModelService models, EPartService parts) {
        this.application = application;
        this.models = models;
        this.parts = parts;
    }

    /** Opens {@code element}'s editor; null when no editor takes it. */
    public MPart open(EObject element) {
        return open(element, null, -1);
    }

    /** Opens {@code element}'s editor and reveals its {@code feature} (and the number at {@code index}). */
    public MPart open(EObject element, EStructuralFeature feature, int index) {
        MPartDescriptor descriptor = descriptorFor(element.eClass());
        if (descriptor == null) {
            return null;
        }
        MPart part = show(descriptor, inputOf(descriptor, element));
        if (part.getObject() instanceof ElementEditor editor) {
            editor.reveal(element, feature, index);
        }
        return part;
    }

    /** Opens the editor of a descriptor on {@code input} (null for a project-wide editor such as the services). */
    public MPart show(String descriptorId, EObject input) {
        MPartDescriptor descriptor = application.getDescriptors().stream()
                .filter(d -> descriptorId.equals(d.getElementId())).findFirst().orElseThrow();
        return show(descriptor, input);
    }

    private MPart show(MPartDescriptor descriptor, EObject input) {
        MPart part = models.findElements(application, descriptor.getElementId(), MPart.class).stream()
                .filter(p -> p.getTransientData().get(INPUT_KEY) == input).findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(descriptor.getElementId());
            if (input != null) {
                part.getTransientData().put(INPUT_KEY, input);
            }
            if (models.find(EDITOR_STACK, application) instanceof MPartStack stack) {
                stack.getChildren().add(part);
            }
        }
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        return part;
    }

    /** The descriptor tagged for the nearest class of {@code eClass}'s hierarchy, itself first. */
    MPartDescriptor descriptorFor(EClass eClass) {
        Deque<EClass> queue = new ArrayDeque<>();
        Set<EClass> seen = new HashSet<>();
        queue.add(eClass);
        while (!queue.isEmpty()) {
            EClass c = queue.poll();
            if (!seen.add(c)) {
                continue;
            }
            for (MPartDescriptor d : application.getDescriptors()) {
                if (d.getTags().contains(EDITS_TAG + c.getName())) {
                    return d;
                }
            }
            queue.addAll(c.getESuperTypes());
        }
        return null;
    }

    private static EObject inputOf(MPartDescriptor descriptor, EObject element) {
        String inputClass = descriptor.getTags().stream().filter(t -> t.startsWith(INPUT_TAG))
                .map(t -> t.substring(INPUT_TAG.length())).findFirst().orElse(null);
        if (inputClass == null) {
            return null;
        }
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (isA(e.eClass(), inputClass)) {
                return e;
            }
        }
        return element;
    }

    private static boolean isA(EClass eClass, String name) {
        return eClass.getName().equals(name) || eClass.getEAllSuperTypes().stream().anyMatch(c -> c.getName().equals(name));
    }
}
