package vn.lhh.common.security;

/** Keycloak realm roles (see deploy/keycloak/realm-lhh.json and DOMAIN.md). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String ASSOCIATION_OFFICER = "association-officer";
    public static final String EXPERT = "expert";
    public static final String PARTNER = "partner";
    /** Registers contest entries for one school or district (see the contest's coordinator list). */
    public static final String CONTEST_COORDINATOR = "contest-coordinator";
    /** An external contest judge; experts who judge keep the expert role. */
    public static final String JUDGE = "judge";

    private Roles() {
    }
}
