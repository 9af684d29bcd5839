package vn.lhh.common.security;

/** Keycloak realm roles (see deploy/keycloak/realm-lhh.json and DOMAIN.md). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String ASSOCIATION_OFFICER = "association-officer";
    public static final String EXPERT = "expert";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
