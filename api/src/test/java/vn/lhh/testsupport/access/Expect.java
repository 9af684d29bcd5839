package vn.lhh.testsupport.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected outcome of one operation for every actor of {@link Actors#ALL}. Start from a rule
 * ({@link #everyone()}, {@link #authenticated()}, {@link #roles(String...)}) and override single actors
 * with {@link #but(Outcome, String...)} for object-level cases.
 */
public final class Expect {
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    private Expect() {
    }

    /** Public: everyone, anonymous included, is let through. */
    public static Expect everyone() {
        Expect e = new Expect();
        Actors.ALL.forEach(a -> e.outcomes.put(a, Outcome.ALLOW));
        return e;
    }

    /** Any signed-in caller; anonymous gets 401. */
    public static Expect authenticated() {
        return everyone().but(Outcome.UNAUTHENTICATED, "anonymous");
    }

    /**
     * Only callers holding one of these realm roles ("admin", "staff", "association-officer", "expert",
     * "partner", "contest-coordinator", "judge") are let through; anonymous gets 401, the others 403.
     */
    public static Expect roles(String... realmRoles) {
        Set<String> allowed = Set.of(realmRoles);
        for (String r : realmRoles) {
            if (!Actors.ROLE.containsValue(r)) {
                throw new IllegalArgumentException("unknown realm role " + r);
            }
        }
        Expect e = new Expect();
        for (String a : Actors.ALL) {
            e.outcomes.put(a, a.equals("anonymous") ? Outcome.UNAUTHENTICATED
                    : allowed.contains(Actors.ROLE.get(a)) ? Outcome.ALLOW : Outcome.FORBIDDEN);
        }
        return e;
    }

    /**
     * Visible only to callers holding one of these realm roles; everyone else, anonymous included, gets 404
     * (an unpublished object: for them it does not exist).
     */
    public static Expect visibleTo(String... realmRoles) {
        return roles(realmRoles).but(Outcome.HIDDEN, "anonymous").replace(Outcome.FORBIDDEN, Outcome.HIDDEN);
    }

    /** The office only: admin and staff. */
    public static Expect office() {
        return roles("admin", "staff");
    }

    /** These actors (demo user names, or "anonymous") get this outcome instead. */
    public Expect but(Outcome outcome, String... actors) {
        Expect e = copy();
        for (String a : actors) {
            if (!e.outcomes.containsKey(a)) {
                throw new IllegalArgumentException("unknown actor " + a + " (one of " + Actors.ALL + ")");
            }
            e.outcomes.put(a, outcome);
        }
        return e;
    }

    /** Every actor that currently expects {@code from} expects {@code to} instead (e.g. FORBIDDEN → HIDDEN). */
    public Expect replace(Outcome from, Outcome to) {
        Expect e = copy();
        e.outcomes.replaceAll((a, o) -> o == from ? to : o);
        return e;
    }

    public Outcome of(String actor) {
        return outcomes.get(actor);
    }

    public List<String> actors() {
        return List.copyOf(outcomes.keySet());
    }

    private Expect copy() {
        Expect e = new Expect();
        e.outcomes.putAll(outcomes);
        return e;
    }

    @Override
    public String toString() {
        return outcomes.toString();
    }
}
