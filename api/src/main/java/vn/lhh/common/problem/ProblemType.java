package vn.lhh.common.problem;

/**
 * The kinds of problem the API reports. Each has a stable type URI (clients switch on it)
 * and a message key for its localized title.
 */
public enum ProblemType {
    VALIDATION_ERROR(400),
    MALFORMED_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    /** A date rule refused the request (a contest's registration or submission deadline); the detail names the date. */
    DEADLINE(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RANGE_NOT_SATISFIABLE(416),
    IDEMPOTENCY_KEY_REUSED(422),
    PRECONDITION_REQUIRED(428),
    TOO_MANY_REQUESTS(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    public final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String uri() {
        return Problem.TYPE_PREFIX + slug();
    }

    public String titleKey() {
        return "problem." + slug() + ".title";
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != IDEMPOTENCY_KEY_REUSED && t != MALFORMED_REQUEST) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
