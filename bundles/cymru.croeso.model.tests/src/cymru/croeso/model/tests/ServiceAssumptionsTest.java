package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Effect;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.Project;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;
import cymru.croeso.model.util.CroesoValidator;
import cymru.croeso.model.validation.ProjectValidation;

/** The service figures in the model: defaults stated, sources checked, and effects that end. */
class ServiceAssumptionsTest {

    private static final Locale ENGLISH = Locale.UK;
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    @Test
    void defaultAssumptionsStateEveryFigureAtItsDocumentedDefault() throws IOException {
        ServiceAssumptions stated = DefaultServiceAssumptions.create();
        ServiceAssumptions unset = SampleProjects.F.createServiceAssumptions();
        EClass documented = (EClass) documentedModel().getEClassifier("ServiceAssumptions");
        List<EAttribute> figures = DefaultServiceAssumptions.figures();
        assertEquals(18, figures.size());
        for (EAttribute figure : figures) {
            assertTrue(stated.eIsSet(figure), figure.getName());
            assertFalse(unset.eIsSet(figure), figure.getName());
            assertEquals(unset.eGet(figure), stated.eGet(figure), figure.getName());
            assertFalse(DefaultServiceAssumptions.sourceOfDefault(figure).isBlank(), figure.getName());
            // The documentation (Javadoc, property sheet) gives the same default, and says when it needs a local figure.
            String documentation = EcoreUtil.getDocumentation(documented.getEStructuralFeature(figure.getName()));
            assertTrue(java.util.regex.Pattern.compile("Default " + java.util.regex.Pattern.quote(
                    figure.getDefaultValueLiteral()) + "[ ,.:;]").matcher(documentation).find(), figure.getName());
            assertEquals(DefaultServiceAssumptions.defaultNeedsLocalFigure(figure),
                    documentation.contains("Local figure needed") || documentation.contains("enter a local")
                            || documentation.contains("derive your own"), figure.getName() + ": " + documentation);
        }
        assertEquals(0.27, unset.getNonUkBornLimitedEnglishShare());
        assertEquals(0.519, unset.getNonUkBornRentingShare());
        assertTrue(DefaultServiceAssumptions.defaultNeedsLocalFigure(Literals.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE));
        assertFalse(DefaultServiceAssumptions.defaultNeedsLocalFigure(Literals.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE));
    }

    @Test
    void aFigureSourceMustNameOneFigureOnce() {
        Project project = SampleProjects.small();
        ServiceAssumptions figures = project.getServices().getAssumptions();
        FigureSource typo = SampleProjects.F.createFigureSource();
        typo.setFigure("vacancyRates");
        figures.getFigureSources().add(typo);
        String message = only(project, ENGLISH).getMessage();
        assertTrue(message.startsWith("Figure source 2 in Service assumptions in Services in Project"), message);
        assertTrue(message.contains("figure names \u201cvacancyRates\u201d, which is not one of the service figures ("
                + "participationRate, "), message);
        assertTrue(only(project, WELSH).getMessage().contains("nad yw'n un o ffigurau'r gwasanaethau"),
                only(project, WELSH).getMessage());
        typo.setFigure("vacancyRate");
        assertEquals("Service assumptions in Services in Project \u2018Test project\u2019: figure \u201cvacancyRate\u201d"
                + " has more than one source. Keep one and delete the others.", only(project, ENGLISH).getMessage());
    }

    @Test
    void aFigureOutsideItsBoundsIsReported() {
        Project project = SampleProjects.small();
        project.getServices().getAssumptions().setSecondHomesRate(1.5);
        List<String> messages = messages(ProjectValidation.validate(project, ENGLISH));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("second homes rate is 1.5, but it must be between 0 and 1"), messages.get(0));
    }

    @Test
    void anEffectWithoutAnEndIsInOrderButOneEndingBeforeItStartsIsNot() {
        Project project = SampleProjects.small();
        Effect effect = project.getStrategy().getThemes().get(0).getAims().get(0).getActions().get(0).getEffects().get(0);
        effect.setToYear(0);
        assertEquals(Diagnostic.OK, ProjectValidation.validate(project, ENGLISH).getSeverity());
        effect.setToYear(2025);
        List<String> messages = messages(ProjectValidation.validate(project, ENGLISH));
        assertEquals(List.of("Effect 1 in Action A1 (More ESOL places): from year (2027) is after to year (2025). Put the"
                + " years in order."), messages);
    }

    /** croeso.ecore as written, with the documentation that generated code leaves out at run time. */
    private static EPackage documentedModel() throws IOException {
        Resource resource = new EcoreResourceFactoryImpl().createResource(URI.createURI("croeso.ecore"));
        try (InputStream in = ServiceAssumptionsTest.class.getResourceAsStream("/model/croeso.ecore")) {
            assertNotNull(in, "model/croeso.ecore in the model bundle");
            resource.load(in, null);
        }
        return (EPackage) resource.getContents().get(0);
    }

    private static Diagnostic only(Project project, Locale locale) {
        List<Diagnostic> found = ProjectValidation.validate(project, locale).getChildren().stream()
                .filter(d -> d.getCode() == CroesoValidator.SERVICE_ASSUMPTIONS__FIGURE_SOURCES_NAME_FIGURES
                        && CroesoValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()))
                .toList();
        assertEquals(1, found.size(), messages(ProjectValidation.validate(project, locale)).toString());
        return found.get(0);
    }

    private static List<String> messages(Diagnostic result) {
        return result.getChildren().stream().map(Diagnostic::getMessage).toList();
    }
}
