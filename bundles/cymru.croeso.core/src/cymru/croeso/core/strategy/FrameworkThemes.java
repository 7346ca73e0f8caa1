package cymru.croeso.core.strategy;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Project;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.Theme;

/**
 * The strategy's default themes: the seven domains of the Welsh Government's Migrant Integration Framework (2023), in
 * the framework's order, named in English and Welsh (PRODUCT.md: "themes, by default the framework's seven domains").
 */
public final class FrameworkThemes {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private FrameworkThemes() {
    }

    /** The framework's number of a domain, 1 … 7 (the model's literals are in the framework's order). */
    public static int number(IntegrationDomain domain) {
        return domain.getValue() + 1;
    }

    /** The domain's name as a theme, in {@code locale}'s language: "Work", "Gwaith". */
    public static String name(IntegrationDomain domain, Locale locale) {
        return StrategyWords.of(locale).get("domain." + domain.getLiteral());
    }

    /** A new theme for a domain, named in both languages. */
    public static Theme theme(IntegrationDomain domain) {
        Theme theme = F.createTheme();
        theme.setDomain(domain);
        theme.setNameEn(name(domain, Locale.ENGLISH));
        theme.setNameCy(name(domain, Locale.forLanguageTag("cy")));
        return theme;
    }

    /** The project's theme for a domain, or null. */
    public static Theme find(Project project, IntegrationDomain domain) {
        Strategy strategy = project.getStrategy();
        if (strategy == null) {
            return null;
        }
        return strategy.getThemes().stream().filter(t -> t.getDomain() == domain).findFirst().orElse(null);
    }

    /**
     * Starts the strategy with a theme for each domain the project lacks one for: a new strategy named in
     * {@code locale}'s language when there is none. Null when every domain already has its theme.
     */
    public static Command start(EditingDomain domain, Project project, Locale locale) {
        Strategy strategy = project.getStrategy();
        if (strategy == null) {
            strategy = F.createStrategy();
            strategy.setName(StrategyWords.of(locale).get("strategy.name"));
            for (IntegrationDomain d : IntegrationDomain.VALUES) {
                strategy.getThemes().add(theme(d));
            }
            return SetCommand.create(domain, project, Literals.PROJECT__STRATEGY, strategy);
        }
        CompoundCommand missing = new CompoundCommand(StrategyWords.of(locale).get("command.startThemes"));
        for (IntegrationDomain d : IntegrationDomain.VALUES) {
            if (find(project, d) == null) {
                missing.append(AddCommand.create(domain, strategy, Literals.STRATEGY__THEMES, theme(d)));
            }
        }
        return missing.isEmpty() ? null : missing;
    }
}
