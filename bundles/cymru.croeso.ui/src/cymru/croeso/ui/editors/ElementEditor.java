package cymru.croeso.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A part that edits part of the project and can bring one element, field or number into view: what the explorer's
 * Open and the Problems part's double click call after opening it. Editors contributed by other bundles implement it
 * to be revealed the same way (see {@link EditorOpener} for the tags their part descriptors carry).
 */
public interface ElementEditor {

    /**
     * Shows {@code element}, selecting {@code feature} (may be null) and, for numbers by age, the cell of array
     * position {@code index} (−1 for none).
     */
    void reveal(EObject element, EStructuralFeature feature, int index);
}
