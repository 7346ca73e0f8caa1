package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cymru.croeso.model.Aim;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Project;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/** The strategy's actions as the actions table lists them: theme by theme, aim by aim, in the order the strategy holds them. */
public final class ActionRows {

    private ActionRows() {
    }

    public static List<ActionRow> of(Project project, Locale locale) {
        StrategyWords words = StrategyWords.of(locale);
        List<ActionRow> rows = new ArrayList<>();
        if (project.getStrategy() == null) {
            return rows;
        }
        for (Theme theme : project.getStrategy().getThemes()) {
            String themeName = themeName(theme, words);
            for (Aim aim : theme.getAims()) {
                for (StrategyAction a : aim.getActions()) {
                    rows.add(new ActionRow(a, theme, aim, themeName, aim.getText() == null ? "" : aim.getText(), title(a),
                            a.getLead() == null ? "" : name(a.getLead()),
                            a.getPartners().stream().map(ActionRows::name).collect(Collectors.joining("; ")),
                            a.getStartYear(), a.getEndYear(), a.getCost(), a.getStatus(), EffectText.of(a.getEffects(), words)));
                }
            }
        }
        return rows;
    }

    /** A theme's name in the words' language, else its domain's, else "(unnamed theme)". */
    public static String themeName(Theme theme, StrategyWords words) {
        String fallback = theme.getDomain() == null ? words.get("theme.unnamed")
                : words.get("domain." + theme.getDomain().getLiteral());
        return words.name(theme.getNameEn(), theme.getNameCy(), fallback);
    }

    public static String title(StrategyAction a) {
        return a.getTitle() != null && !a.getTitle().isBlank() ? a.getTitle() : String.valueOf(a.getId());
    }

    public static String name(Organisation o) {
        return o.getName() != null && !o.getName().isBlank() ? o.getName() : String.valueOf(o.getId());
    }
}
