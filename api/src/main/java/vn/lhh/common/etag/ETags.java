package vn.lhh.common.etag;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; writes must send it
 * back in If-Match (428 when missing, 412 when stale); If-None-Match on GET answers 304.
 * Answers carrying an ETag are built with {@link Responses}.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the caller claims to have seen, from a required If-Match header. */
    public static long requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            // an ETag we never issued can only be stale
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
        }
    }

    /** Refuses the write when the caller's version is not the current one. */
    public static void check(String ifMatch, long currentVersion) {
        if (requireIfMatch(ifMatch) != currentVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
        }
    }

    /** 304 when If-None-Match names the current version, else null (send the full response). */
    public static Response notModified(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null) {
            return null;
        }
        String current = of(currentVersion).toString();
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(current)) {
                return Response.notModified(of(currentVersion)).build();
            }
        }
        return null;
    }
}
