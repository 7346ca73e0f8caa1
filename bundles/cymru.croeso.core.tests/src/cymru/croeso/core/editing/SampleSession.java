package cymru.croeso.core.editing;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.data.sample.SampleScenarios;
import cymru.croeso.model.Area;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.edit.provider.CroesoItemProviderAdapterFactory;

/** The sample project in a resource with an editing domain and command stack, as a ProjectSession holds it. */
final class SampleSession {
    static final String CARDIFF = "W06000015";

    final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new CroesoItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    final BasicCommandStack stack = new BasicCommandStack();
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
    final Project project = SampleProject.cymru();

    SampleSession() {
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/sample.croeso"));
        resource.getContents().add(project);
    }

    Scenario scenario(String id) {
        return project.getScenarios().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
    }

    Scenario principal() {
        return scenario(SampleScenarios.PRINCIPAL);
    }

    Scenario highMigration() {
        return scenario(SampleScenarios.HIGH_MIGRATION);
    }

    Area area(String code) {
        return project.getAreas().stream().filter(a -> code.equals(a.getCode())).findFirst().orElseThrow();
    }

    /** The sample's international arrivals to {@code code} of group {@code groupId}. */
    MigrationTotal arrivals(String code, String groupId) {
        return project.getAssumptions().getMigration().stream().map(MigrationTotal.class::cast)
                .filter(f -> f.getArea().getCode().equals(code) && f.getGroup().getId().equals(groupId)).findFirst()
                .orElseThrow();
    }
}
