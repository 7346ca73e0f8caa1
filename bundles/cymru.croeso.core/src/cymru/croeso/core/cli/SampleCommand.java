package cymru.croeso.core.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.model.Project;
import cymru.croeso.model.files.ProjectFileException;
import cymru.croeso.model.files.ProjectFiles;

/** {@code sample --out FILE.croeso}: writes the sample project "Cymru" that the workbench opens on first start. */
public final class SampleCommand implements CliCommand {

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String usage() {
        return AnalysisMessages.format("sample.usage");
    }

    @Override
    public int run(Args args, PrintStream out) {
        args.allowOnly(Set.of("out"));
        Path file = args.requiredPath("out");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(AnalysisMessages.format("out.noFolder", parent));
        }
        Project project = SampleProject.cymru();
        try {
            ProjectFiles.save(project, file);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage(), e);
        }
        out.println(AnalysisMessages.format("sample.written", file, project.getName(), project.getAreas().size(),
                String.join(", ", project.getScenarios().stream().map(s -> s.getId()).toList())));
        return Cli.OK;
    }
}
