package cymru.croeso.data.store;

import java.time.OffsetDateTime;

/**
 * One stored projection run, without its outputs (which can be large): what the run list shows.
 *
 * @param fingerprint SHA-256 over every input of the run (see {@link InputFingerprint}); equal fingerprints for the
 *            same scenario mean equal outputs, so the run need not be computed again
 */
public record ProjectionRunRecord(long id, String scenarioId, String fingerprint, OffsetDateTime runAt, String label,
        long outputsSize) {
}
