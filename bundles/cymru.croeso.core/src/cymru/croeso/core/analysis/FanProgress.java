package cymru.croeso.core.analysis;

/** What an {@link AreaFanRun} reports as it goes, and how it learns that it should stop. */
public interface FanProgress {

    /** Called from worker threads each time a draw is done; {@code done} counts every draw finished so far. */
    void drawn(int done, int draws);

    /** Asked after every draw: true stops the run with {@link FanCancelled}. */
    boolean cancelled();

    /** Reports nothing and never stops. */
    FanProgress NONE = new FanProgress() {
        @Override
        public void drawn(int done, int draws) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
