package vn.lhh.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.time.DatesOfRecord;

/**
 * Parses path and query parameters by hand: JAX-RS would answer a failed conversion of a
 * query or path parameter with a bare 404, where the caller deserves a 400 naming the parameter.
 */
public final class Params {
    private Params() {
    }

    private static ProblemException bad(String name, String messageKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION_ERROR,
                List.of(new FieldError(name, "{" + messageKey + "}")), Map.of(),
                "problem.validation-error.detail", args);
    }

    public static UUID uuid(String name, String raw) {
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw bad(name, "validation.uuid");
    }

    public static UUID optionalUuid(String name, String raw) {
        return raw == null || raw.isEmpty() ? null : uuid(name, raw);
    }

    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw bad(name, "validation.integer-range", min, max);
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(raw)) {
                return e;
            }
        }
        throw bad(name, "validation.one-of",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw bad(name, "validation.wrong-format", "YYYY-MM-DD");
        }
        if (!DatesOfRecord.inRange(d)) {
            throw bad(name, "validation.date-range", DatesOfRecord.MIN, DatesOfRecord.MAX);
        }
        return d;
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Instant i;
        try {
            i = Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw bad(name, "validation.wrong-format", "RFC 3339 (2026-01-31T00:00:00Z)");
        }
        if (!DatesOfRecord.inRange(i)) {
            throw bad(name, "validation.date-range", DatesOfRecord.MIN, DatesOfRecord.MAX);
        }
        return i;
    }

    /** Free text such as a search query: bounded in length so that it cannot be abused. */
    /** "true" or "false"; absent is false. */
    public static boolean bool(String name, String raw) {
        if (raw == null) {
            return false;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            throw ProblemException.invalidField(name, "validation.one-of", "true, false");
        }
        return raw.equals("true");
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw bad(name, "validation.max-length", maxLength);
        }
        return raw;
    }
}
