package cymru.croeso.core.project;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Test support: starts {@link CrashingEditor} in a separate JVM and waits for its first line of output.
 *
 * <p>The class path is assembled from the code-source locations of the classes the child needs, not from
 * {@code java.class.path}: inside OSGi (Tycho's test runtime) that property names only the framework launcher, while
 * each bundle's code source is its jar or folder. The same lookup works on a plain class path.
 */
final class ChildJvm implements AutoCloseable {

    /**
     * One class from each bundle or jar the child loads: core, its test fragment, the model, model.edit and EMF
     * (common, ecore, xmi, edit; the session uses no ChangeRecorder, so emf.ecore.change is not needed).
     */
    private static final List<String> NEEDED = List.of(
            "cymru.croeso.core.project.ProjectSession",
            "cymru.croeso.core.project.CrashingEditor",
            "cymru.croeso.core.cli.UserError",
            "cymru.croeso.model.Project",
            "cymru.croeso.model.edit.provider.CroesoItemProviderAdapterFactory",
            "org.eclipse.emf.common.util.URI",
            "org.eclipse.emf.ecore.EObject",
            "org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl",
            "org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain");

    private final Process process;
    private final String firstLine;

    private ChildJvm(Process process, String firstLine) {
        this.process = process;
        this.firstLine = firstLine;
    }

    /** Starts the editor on {@code project} and waits until it reports what it did. */
    static ChildJvm startEditor(Path project, String newName, Path errors) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath(), CrashingEditor.class.getName(),
                project.toString(), newName);
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        return new ChildJvm(process, line == null ? "no output; stderr: " + Files.readString(errors) : line);
    }

    String firstLine() {
        return firstLine;
    }

    long pid() {
        return process.pid();
    }

    /** Kills the child as a crash would (SIGKILL on Linux): no shutdown hooks, no finally blocks. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Kills a child a failed test left running. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : NEEDED) {
            Class<?> type;
            try {
                type = Class.forName(name, false, ChildJvm.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The child JVM needs " + name + ", which this test cannot see", e);
            }
            entries.add(locationOf(type).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar or class folder {@code type} was loaded from. */
    private static Path locationOf(Class<?> type) {
        URL url = type.getProtectionDomain().getCodeSource().getLocation();
        String text = url.toString().replaceFirst("^reference:", "");
        Path location;
        try {
            location = Path.of(new java.net.URI(text));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot turn " + url + " (of " + type.getName() + ") into a file", e);
        }
        if (!Files.isDirectory(location)) {
            return location;
        }
        // A bundle folder from the reactor: its classes may be in an output folder below it.
        String classFile = type.getName().replace('.', '/') + ".class";
        for (String output : List.of("", "bin", "target/classes", "target/test-classes")) {
            Path candidate = output.isEmpty() ? location : location.resolve(output);
            if (Files.exists(candidate.resolve(classFile))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + classFile + " under " + location);
    }
}
