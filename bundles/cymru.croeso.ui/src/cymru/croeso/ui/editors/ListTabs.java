package cymru.croeso.ui.editors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.editing.ProjectEdits;

/**
 * A tab for each list of the project's assumptions or services (fertility, mortality, migration …; school estates,
 * ESOL providers …), each a {@link ListPanel}; new lists in the model become new tabs.
 */
final class ListTabs {
    private final Supplier<EObject> holder;
    private final CTabFolder folder;
    private final Map<EReference, ListPanel> panels = new LinkedHashMap<>();
    private final Map<EReference, CTabItem> items = new LinkedHashMap<>();
    private HolderForm settings;
    private CTabItem settingsItem;

    ListTabs(Composite parent, EditorContext context, EClass holderClass, Supplier<EObject> holder) {
        this.holder = holder;
        folder = new CTabFolder(parent, SWT.TOP | SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (HolderForm.has(holderClass, context)) {
            settingsItem = new CTabItem(folder, SWT.NONE);
            settingsItem.setText(EditorMessages.get("tab.settings"));
            settings = new HolderForm(folder, context, holderClass, holder);
            settingsItem.setControl(settings.control());
        }
        for (EReference list : holderClass.getEAllContainments()) {
            if (!list.isMany()) {
                continue;
            }
            CTabItem item = new CTabItem(folder, SWT.NONE);
            ListPanel panel = new ListPanel(folder, context, ListPanel.title(list), holder, list,
                    kind -> ProjectEdits.add(context.session().editingDomain(), context.project(), list, kind,
                            context.locale()));
            item.setControl(panel.control());
            panels.put(list, panel);
            items.put(list, item);
        }
        // the first list, not the settings: the lists are what a planner opens the editor for
        folder.setSelection(items.isEmpty() ? 0 : folder.indexOf(items.values().iterator().next()));
        labelTabs();
    }

    /** "Migration (44)": each tab says how many elements its list holds. */
    private void labelTabs() {
        EObject h = holder.get();
        items.forEach((list, item) -> item.setText(EditorMessages.format("tab.count", ListPanel.title(list),
                h == null ? 0 : ((List<?>) h.eGet(list)).size())));
    }

    void refresh() {
        if (folder.isDisposed()) {
            return;
        }
        labelTabs();
        if (settings != null) {
            settings.refresh();
        }
        panels.values().forEach(ListPanel::refresh);
    }

    /** Brings the tab holding {@code element} forward and reveals it there. */
    boolean reveal(EObject element, EStructuralFeature feature, int index) {
        EObject h = holder.get();
        if (element == h && settings != null) {
            folder.setSelection(settingsItem);
            settings.focus(feature);
            return true;
        }
        EObject top = element;
        while (top != null && top.eContainer() != h) {
            top = top.eContainer();
        }
        ListPanel panel = h == null || top == null ? null : panels.get(top.eContainmentFeature());
        if (panel == null) {
            return false;
        }
        // the tab first: a table placed in a hidden tab has no size, and the cell to focus no bounds
        folder.setSelection(items.get(top.eContainmentFeature()));
        folder.getParent().layout(true, true);
        return panel.reveal(element, feature, index);
    }

    /** The tab of a list of the holder's class. */
    ListPanel panel(EReference list) {
        return panels.get(list);
    }

    void select(EReference list) {
        folder.setSelection(items.get(list));
    }

    CTabFolder folder() {
        return folder;
    }
}
