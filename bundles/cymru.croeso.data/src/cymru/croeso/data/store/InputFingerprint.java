package cymru.croeso.data.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds the fingerprint of a projection run's inputs: SHA-256 over named parts, each length-prefixed so that
 * ("ab", "c") and ("a", "bc") differ. Callers add every input in a fixed order.
 */
public final class InputFingerprint {
    private final MessageDigest digest;

    public InputFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public InputFingerprint add(String name, byte[] value) {
        part(name.getBytes(StandardCharsets.UTF_8));
        part(value);
        return this;
    }

    public InputFingerprint add(String name, String value) {
        return add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    public InputFingerprint add(String name, double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES);
        for (double v : values) {
            b.putDouble(v);
        }
        return add(name, b.array());
    }

    private void part(byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** The fingerprint as 64 lower-case hex digits; the builder is finished afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
