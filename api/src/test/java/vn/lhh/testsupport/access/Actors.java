package vn.lhh.testsupport.access;

import java.util.List;
import java.util.Map;

/** The callers of the matrix: demo users of the test realm (real tokens), the partner's client and anonymous. */
public final class Actors {
    private Actors() {
    }

    /** Every cell of the matrix is one operation called by one of these. */
    public static final List<String> ALL = List.of("anonymous", "admin", "staff", "officer", "officer2", "expert", "expert2", "partner",
            "coordinator", "coordinator2", "judge");

    /** The realm role of each actor (anonymous has none). */
    public static final Map<String, String> ROLE = Map.ofEntries(
            Map.entry("admin", "admin"), Map.entry("staff", "staff"),
            Map.entry("officer", "association-officer"), Map.entry("officer2", "association-officer"),
            Map.entry("expert", "expert"), Map.entry("expert2", "expert"), Map.entry("partner", "partner"),
            Map.entry("coordinator", "contest-coordinator"), Map.entry("coordinator2", "contest-coordinator"),
            Map.entry("judge", "judge"));
}
