package vn.lhh.association.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.lhh.association.AssociationOfficerRepository;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;

/** Object-level authorization: who may manage which association. */
@ApplicationScoped
public class AssociationAccess {
    @Inject
    CurrentUser user;
    @Inject
    AssociationOfficerRepository officers;

    /** Staff and admin manage every association; an officer only the ones they are assigned to. */
    public boolean canManage(UUID associationId) {
        if (user.isStaffOrAdmin()) {
            return true;
        }
        return user.hasRole(Roles.ASSOCIATION_OFFICER) && officers.isOfficer(user.username(), associationId);
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
