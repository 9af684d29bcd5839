package vn.lhh.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secrets in links (a confirmation, an unsubscribe link) that the database never holds. A secret is derived from a
 * reference (e.g. {@code bulletin-confirm:<id>:<nonce>}) with HMAC-SHA256 under {@code lhh.notifications.link-key},
 * the same on every instance; the feature stores only its SHA-256 ({@link #hash}) to find the row when the link comes
 * back. The outbox holds {@link #placeholder} in place of the secret and the dispatcher puts the secret in at sending
 * ({@link #reveal}), so that someone reading the database (or the office's delivery list) cannot follow a link on
 * the recipient's behalf.
 */
@ApplicationScoped
public class LinkSecrets {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{secret:([A-Za-z0-9._:-]{1,200})}");

    @ConfigProperty(name = "lhh.notifications.link-key")
    String key;

    /** The secret of a reference: 256 bits, URL-safe Base64 (43 characters). */
    public String token(String reference) {
        check(reference);
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            // domain-separated: the key may be shared with another signature (the default is the cursor key)
            byte[] mac = m.doFinal(("lhh-link-secret\n" + reference).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database keeps of a secret, to find its row: SHA-256, hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stand-in for the secret in a queued notification's link or data. */
    public static String placeholder(String reference) {
        check(reference);
        return "{secret:" + reference + "}";
    }

    /** Puts the secrets in (null stays null). */
    public String reveal(String text) {
        if (text == null || !text.contains("{secret:")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The data with the secrets put into its text values (top level: where the features put links). */
    public Map<String, Object> reveal(Map<String, Object> data) {
        Map<String, Object> out = new LinkedHashMap<>(data);
        out.replaceAll((k, v) -> v instanceof String s ? reveal(s) : v);
        return out;
    }

    private static void check(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("not a secret reference: " + reference);
        }
    }
}
