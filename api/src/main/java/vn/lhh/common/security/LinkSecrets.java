package vn.lhh.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets that links carry (confirmation links, feed URLs): 256 random bits, URL-safe, and stored only
 * as their SHA-256, so that whoever reads the database cannot follow a link on someone's behalf.
 */
public final class LinkSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecrets() {
    }

    /** A new secret: 43 characters of base64url. */
    public static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** What is stored of a secret: its SHA-256 in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
