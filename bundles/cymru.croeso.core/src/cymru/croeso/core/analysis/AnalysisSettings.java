package cymru.croeso.core.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The settings the analysis charts use: where exported chart files go by default, and the number of draws and the
 * seed of an uncertainty run. The workbench looks an instance up in its context (a preferences page may put one
 * there) and uses {@link #DEFAULTS} when there is none.
 *
 * @param exportFolder the folder a chart export offers first
 * @param draws        draws of an uncertainty run, 1 … {@value #MAX_DRAWS}
 * @param seed         the seed of an uncertainty run; the same seed gives the same fan
 */
public record AnalysisSettings(Path exportFolder, int draws, long seed) {

    /** 1,000 draws: issue 7's figure, which gives percentiles stable to about a tenth of the 5–95 band. */
    public static final int DEFAULT_DRAWS = 1000;
    /** Seed 1, as the command line's {@code uncertainty --seed} default, so the workbench's fan matches its file. */
    public static final long DEFAULT_SEED = 1;
    /** The command line's limit for {@code --draws}. */
    public static final int MAX_DRAWS = 1_000_000;

    /** Charts export to the user's home folder until a preference says otherwise; 1,000 draws; seed 1. */
    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(Path.of(System.getProperty("user.home")),
            DEFAULT_DRAWS, DEFAULT_SEED);

    public AnalysisSettings {
        Objects.requireNonNull(exportFolder, "exportFolder");
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be 1 … " + MAX_DRAWS + ", not " + draws);
        }
    }

    public AnalysisSettings withExportFolder(Path folder) {
        return new AnalysisSettings(folder, draws, seed);
    }

    public AnalysisSettings withDraws(int newDraws) {
        return new AnalysisSettings(exportFolder, newDraws, seed);
    }
}
