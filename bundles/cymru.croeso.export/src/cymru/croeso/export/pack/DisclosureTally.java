package cymru.croeso.export.pack;

import cymru.croeso.export.disclosure.DisclosureControl;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.disclosure.ProtectedTable;
import cymru.croeso.export.disclosure.ProtectedTable.Status;

/** Protects every count a pack writes and keeps the tally the cover reports. */
final class DisclosureTally {
    private final DisclosureControl control;
    private int primary;
    private int secondary;

    DisclosureTally(DisclosureControl control) {
        this.control = control;
    }

    ProtectedTable protect(double[][] persons) {
        return counted(control.protect(persons));
    }

    ProtectedTable protectAlone(double[] persons) {
        return counted(control.protectAlone(persons));
    }

    private ProtectedTable counted(ProtectedTable t) {
        primary += t.count(Status.PRIMARY);
        secondary += t.count(Status.SECONDARY);
        return t;
    }

    int primary() {
        return primary;
    }

    int secondary() {
        return secondary;
    }

    /** What was applied, for the cover. */
    String describe(PackText text) {
        DisclosureRule rule = control.rule();
        if (rule.method() == DisclosureRule.Method.ROUND) {
            return text.format("disclosure.round", DisclosureRule.ROUNDING_BASE);
        }
        return text.format("disclosure.suppress", rule.threshold() - 1, primary, secondary);
    }

    /** The footnote under each table of counts. */
    String footnote(PackText text) {
        DisclosureRule rule = control.rule();
        return rule.method() == DisclosureRule.Method.ROUND
                ? text.format("note.rounded", DisclosureRule.ROUNDING_BASE)
                : text.format("note.suppressed", rule.threshold());
    }
}
