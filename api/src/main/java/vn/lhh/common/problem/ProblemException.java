package vn.lhh.common.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services and resources to answer with a problem. The detail is a message key
 * (resolved in the caller's language) with its arguments.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final String detailKey;
    private final Object[] detailArgs;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), Map.of(), detailKey, detailArgs);
    }

    public ProblemException(ProblemType type, List<FieldError> errors, Map<String, String> headers,
                            String detailKey, Object... detailArgs) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.detail", what, id);
    }

    /** What a lookup {@code found}, or a 404 naming {@code what} and {@code id} when it found nothing (null). */
    public static <T> T requireFound(T found, String what, Object id) {
        if (found == null) {
            throw notFound(what, id);
        }
        return found;
    }

    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detailKey, args);
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detailKey, args);
    }

    /** A validation failure of one field, found by a rule that Bean Validation cannot express. */
    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION_ERROR,
                List.of(new FieldError(field, "{" + messageKey + "}")), Map.of(),
                "problem.validation-error.detail", args);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
