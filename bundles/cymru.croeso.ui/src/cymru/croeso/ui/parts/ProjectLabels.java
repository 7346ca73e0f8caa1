package cymru.croeso.ui.parts;

import cymru.croeso.core.strategy.IndicatorDashboard;
import cymru.croeso.model.Area;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.GpPractice;
import cymru.croeso.model.HousingStock;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.Theme;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.editors.EditorMessages;
import cymru.croeso.ui.indicators.IndicatorsPart;

/** The names the workbench shows for model objects, in the user's language where the model has both. */
public final class ProjectLabels {
    private ProjectLabels() {
    }

    public static boolean welsh() {
        return "cy".equals(Messages.locale().getLanguage());
    }

    public static String of(Object element) {
        return switch (element) {
            case Area a -> welsh() && a.getNameCy() != null ? a.getNameCy() : a.getNameEn();
            case PopulationGroup g -> welsh() && g.getNameCy() != null ? g.getNameCy() : g.getNameEn();
            case Scenario s -> s.getName() == null ? s.getId() : s.getName();
            case Indicator i -> IndicatorDashboard.wording(i, IndicatorDashboard.find(IndicatorsPart.catalogue(), i.getId()),
                    Messages.locale());
            case Theme t -> welsh() && t.getNameCy() != null ? t.getNameCy() : t.getNameEn();
            case SchoolEstate e -> e.getName() == null ? Messages.get("explorer.schools") : e.getName();
            case EsolProvider p -> String.valueOf(p.getName());
            case HousingStock h -> Messages.get("explorer.housing");
            case GpPractice p -> String.valueOf(p.getName());
            case Project p -> p.getName();
            case Assumptions a -> EditorMessages.get("explorer.assumptions");
            case ExplorerFolder f -> Messages.format(f.key(), f.children().size());
            default -> String.valueOf(element);
        };
    }
}
