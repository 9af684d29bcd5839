package vn.lhh.common.paging;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.lhh.common.problem.ProblemException;

/**
 * The opaque cursor of keyset pagination: the sort-key values of the last item of a page, the
 * number of the next page, and a fingerprint of the list (its filters and order), all signed with
 * HMAC-SHA256 (key {@code lhh.paging.cursor-key}, shared by every instance). The values are those
 * the caller could read anyway; the signature is there so that an edited, truncated or foreign
 * cursor (another list, other filters, another sort) is a clear 400 rather than a wrong page.
 */
public final class Cursors {
    static final int MAX_LENGTH = 2048;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;

    private Cursors() {
    }

    /** A decoded cursor: the page number it leads to and the key values of the item before it. */
    public record Position(int page, List<Object> values) {
    }

    public static String encode(String fingerprint, int page, List<Object> values) {
        StringBuilder b = new StringBuilder("1\n").append(fingerprint).append('\n').append(page);
        for (Object v : values) {
            b.append('\n').append(tagged(v));
        }
        byte[] payload = b.toString().getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
    }

    /** The position, or a 400 problem naming the cursor when it is not one this list gave out. */
    public static Position decode(String cursor, String fingerprint, int keys) {
        try {
            int dot = cursor.indexOf('.');
            if (dot > 0) {
                byte[] payload = D64.decode(cursor.substring(0, dot));
                // compared as text, not decoded: the last character of an unpadded encoding has spare bits a
                // decoder ignores, so a signature edited there would otherwise still pass
                byte[] signature = cursor.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(signature, B64.encode(mac(payload)))) {
                    String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
                    if (parts.length == 3 + keys && parts[0].equals("1") && parts[1].equals(fingerprint)) {
                        int page = Integer.parseInt(parts[2]);
                        List<Object> values = new ArrayList<>();
                        for (String p : Arrays.asList(parts).subList(3, parts.length)) {
                            values.add(untagged(p));
                        }
                        if (page >= 2) {
                            return new Position(page, values);
                        }
                    }
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // not base64, not a number, not a date: the same answer as a bad signature
        }
        throw ProblemException.invalidField("cursor", "validation.cursor");
    }

    /** A short digest of what a cursor must not be carried across: the list, its filters and its order. */
    public static String fingerprint(String scope) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(Arrays.copyOf(d, 9));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tagged(Object v) {
        if (v == null) {
            return "n";
        }
        String tag;
        String text;
        if (v instanceof String s) {
            tag = "s";
            text = s;
        } else if (v instanceof Integer || v instanceof Short) {
            tag = "i";
            text = v.toString();
        } else if (v instanceof Long) {
            tag = "l";
            text = v.toString();
        } else if (v instanceof Float) {
            tag = "r";
            text = v.toString();
        } else if (v instanceof Double) {
            tag = "f";
            text = v.toString();
        } else if (v instanceof BigDecimal || v instanceof BigInteger) {
            tag = "b";
            text = v.toString();
        } else if (v instanceof UUID) {
            tag = "u";
            text = v.toString();
        } else if (v instanceof Boolean) {
            tag = "z";
            text = v.toString();
        } else if (v instanceof LocalDate || v instanceof Date) {
            tag = "d";
            text = (v instanceof Date d ? d.toLocalDate() : v).toString();
        } else if (v instanceof Instant || v instanceof Timestamp || v instanceof OffsetDateTime) {
            tag = "t";
            text = (v instanceof Timestamp t ? t.toInstant() : v instanceof OffsetDateTime o ? o.toInstant() : v).toString();
        } else if (v instanceof LocalDateTime t) {
            tag = "t";
            text = t.toInstant(ZoneOffset.UTC).toString();
        } else if (v instanceof Enum<?> e) {
            // an enum attribute of an HQL query binds as its enum (the signature vouches for the class name)
            tag = "e";
            text = e.getDeclaringClass().getName() + ":" + e.name();
        } else {
            throw new IllegalArgumentException("no cursor form for " + v.getClass());
        }
        return tag + B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Object untagged(String p) {
        if (p.equals("n")) {
            return null;
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty value");
        }
        String text = new String(D64.decode(p.substring(1)), StandardCharsets.UTF_8);
        return switch (p.charAt(0)) {
            case 's' -> text;
            case 'i' -> Integer.valueOf(text);
            case 'l' -> Long.valueOf(text);
            case 'r' -> Float.valueOf(text);
            case 'f' -> Double.valueOf(text);
            case 'b' -> new BigDecimal(text);
            case 'u' -> UUID.fromString(text);
            case 'z' -> Boolean.valueOf(text);
            case 'd' -> LocalDate.parse(text);
            case 't' -> Instant.parse(text);
            case 'e' -> enumValue(text);
            default -> throw new IllegalArgumentException("unknown tag");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String text) {
        int colon = text.indexOf(':');
        try {
            Class<?> type = Class.forName(text.substring(0, colon), false, Thread.currentThread().getContextClassLoader());
            if (!type.isEnum() || !type.getName().startsWith("vn.lhh.")) {
                throw new IllegalArgumentException("not an enum of the API");
            }
            return Enum.valueOf((Class) type, text.substring(colon + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] mac(byte[] payload) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            String key = ConfigProvider.getConfig().getValue("lhh.paging.cursor-key", String.class);
            m.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Arrays.copyOf(m.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
