package org.hetao.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain and signs its checkpoints. It is kept outside the database
 * (configuration or a key file), so that whoever can write the database cannot recompute a record's
 * hash. Its id (a short HMAC of a fixed text, which reveals nothing of the key) is stored with each
 * record, so that a record keyed with another key is reported as not checkable rather than altered.
 */
public final class AuditKey {
    /** The shortest secret accepted: 32 characters (a generated key is 64 hexadecimal digits, 256 bits). */
    public static final int MIN_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String id;

    private AuditKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.id = mac("hetao-registry audit key id").substring(0, 16);
    }

    /** The key given as text (a configured secret, or the content of the key file). */
    public static AuditKey of(String secret) {
        String s = secret == null ? "" : secret.strip();
        if (s.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the audit key must be at least " + MIN_LENGTH + " characters long");
        }
        return new AuditKey(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A new random secret as text: 32 random bytes in hexadecimal. */
    public static String newSecret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A short public name of this key, stored with every record it keys. */
    public String id() {
        return id;
    }

    /** HMAC-SHA256 of the text under this key, in hexadecimal. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }
}
