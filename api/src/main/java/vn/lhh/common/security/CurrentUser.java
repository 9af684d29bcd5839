package vn.lhh.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/** Who is calling: the one place features ask for the caller's name and roles. */
@RequestScoped
public class CurrentUser {
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    /** Set by work the system does by itself (start-up imports), so the audit log names it. */
    private String systemActor;

    public void actAsSystem(String name) {
        this.systemActor = name;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The Keycloak username (preferred_username), or "anonymous". */
    public String username() {
        if (identity.isAnonymous()) {
            return systemActor != null ? systemActor : ANONYMOUS;
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The union's own office: may manage every record. */
    public boolean isStaffOrAdmin() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.STAFF);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }
}
