package cymru.croeso.core.cli;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The Equinox application {@code cymru.croeso.cli}: {@code ./croeso cli …} lands here, with no display needed. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] argv = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String version = FrameworkUtil.getBundle(CliApplication.class).getVersion().toString();
        Path log = Path.of(System.getProperty("user.home"), ".croeso", "logs", "cli.log");
        return new Cli(version, log, Cli.standardCommands()).run(argv == null ? new String[0] : argv, System.out, System.err);
    }

    @Override
    public void stop() {
        // a CLI command runs to completion; there is nothing to interrupt
    }
}
