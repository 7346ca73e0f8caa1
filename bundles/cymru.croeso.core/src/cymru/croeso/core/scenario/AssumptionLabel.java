package cymru.croeso.core.scenario;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.GroupAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.SpecialFlow;

/** Names an assumption in messages: its identifier when it has one, and what and where it is. */
final class AssumptionLabel {

    private AssumptionLabel() {
    }

    static String of(Assumption assumption) {
        StringBuilder text = new StringBuilder(assumption.eClass().getName());
        if (assumption.getId() != null && !assumption.getId().isBlank()) {
            text.append(" \"").append(assumption.getId()).append('"');
        }
        if (assumption instanceof SpecialFlow flow && flow.getName() != null) {
            text.append(" \"").append(flow.getName()).append('"');
        }
        if (assumption instanceof MigrationFlow flow) {
            text.append(' ').append(flow.getKind().getLiteral());
        }
        if (assumption instanceof GroupTransition t) {
            text.append(' ').append(t.getFrom() == null ? "?" : t.getFrom().getId())
                    .append(" \u2192 ").append(t.getTo() == null ? "?" : t.getTo().getId());
        }
        if (assumption instanceof GroupAssumption g) {
            text.append(" of group ").append(g.getGroup() == null ? "(every group)" : g.getGroup().getId());
        }
        text.append(" in area ").append(assumption.getArea() == null ? "(every area)" : assumption.getArea().getCode());
        return text.toString();
    }
}
