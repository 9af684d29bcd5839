package vn.lhh.consultation.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.consultation.Assignment;
import vn.lhh.expert.service.ExpertService;

/**
 * Consultations are internal to the union: the office manages them; an assigned expert sees
 * the one they are assigned to, and works only on their own assignment.
 */
@RequestScoped
public class ConsultationAccess {
    @Inject
    CurrentUser user;
    @Inject
    ExpertService experts;

    private Optional<UUID> expertId;

    public boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    /** The caller's expert profile, when the caller is an expert with one. */
    public Optional<UUID> expertId() {
        if (expertId == null) {
            expertId = user.hasRole(Roles.EXPERT) ? experts.idOfUser(user.username()) : Optional.empty();
        }
        return expertId;
    }

    public boolean isAssignee(Assignment a) {
        return expertId().map(a.expertId::equals).orElse(false);
    }

    public void requireAssignee(Assignment a) {
        if (!isAssignee(a)) {
            throw ProblemException.forbidden("problem.forbidden.not-your-assignment");
        }
    }

    public UUID requireExpertProfile() {
        return expertId().orElseThrow(() -> ProblemException.forbidden("problem.forbidden.no-expert-profile"));
    }

    public String username() {
        return user.username();
    }
}
