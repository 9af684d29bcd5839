package vn.lhh.testsupport.access;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * What a caller gets from an operation: a class of statuses ({@link #ALLOW}: let through, whatever the
 * request's own fate) or an exact status. Every outcome refuses a 5xx.
 */
public final class Outcome {
    /** Let through: any status except 401, 403, 404 (and never a 5xx). 400/409/412/422/428 count, so writes may be sent stale or invalid. */
    public static final Outcome ALLOW = new Outcome("ALLOW", s -> s < 500 && s != 401 && s != 403 && s != 404);
    /** 401: no (valid) token. */
    public static final Outcome UNAUTHENTICATED = new Outcome("UNAUTHENTICATED (401)", s -> s == 401);
    /** 403: the caller is known but may not do this. */
    public static final Outcome FORBIDDEN = new Outcome("FORBIDDEN (403)", s -> s == 403);
    /** 404: the object exists but is hidden from this caller (unpublished, another owner's). */
    public static final Outcome HIDDEN = new Outcome("HIDDEN (404)", s -> s == 404);
    /** 2xx only: a read that must succeed. */
    public static final Outcome OK = new Outcome("OK (2xx)", s -> s >= 200 && s < 300);

    private final String name;
    private final IntPredicate accepts;

    private Outcome(String name, IntPredicate accepts) {
        this.name = name;
        this.accepts = accepts;
    }

    /** Exactly these statuses (e.g. {@code status(200)}, {@code status(400, 422)}). */
    public static Outcome status(int... statuses) {
        int[] copy = statuses.clone();
        return new Outcome(Arrays.toString(copy), s -> Arrays.stream(copy).anyMatch(x -> x == s));
    }

    public boolean accepts(int status) {
        return status < 500 && accepts.test(status);
    }

    @Override
    public String toString() {
        return name;
    }
}
