package vn.lhh.association.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.lhh.association.AssociationOfficerRepository;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;

/**
 * Object-level authorization: who may manage which association. Request scoped: one request asks
 * several times (load, check, answer's flags) and the officer relation is read once per association.
 */
@RequestScoped
public class AssociationAccess {
    @Inject
    CurrentUser user;
    @Inject
    AssociationOfficerRepository officers;

    private final Map<UUID, Boolean> manages = new HashMap<>();

    /** Staff and admin manage every association; an officer only the ones they are assigned to. */
    public boolean canManage(UUID associationId) {
        if (user.isStaffOrAdmin()) {
            return true;
        }
        return user.hasRole(Roles.ASSOCIATION_OFFICER)
                && manages.computeIfAbsent(associationId, id -> officers.isOfficer(user.username(), id));
    }

    public void requireManage(UUID associationId) {
        if (!canManage(associationId)) {
            throw ProblemException.forbidden("problem.forbidden.not-your-association");
        }
    }

    public boolean seesEveryAssociation() {
        return user.isStaffOrAdmin();
    }
}
