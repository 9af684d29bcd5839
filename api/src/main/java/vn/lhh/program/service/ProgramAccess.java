package vn.lhh.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.program.ProgramTask;

/** Object-level rule of the program feature: officers report on tasks their association leads or coordinates. */
@ApplicationScoped
public class ProgramAccess {
    @Inject
    CurrentUser user;
    @Inject
    AssociationService associations;

    public boolean canReport(ProgramTask task) {
        if (user.isStaffOrAdmin()) {
            return true;
        }
        if (!user.hasRole(Roles.ASSOCIATION_OFFICER)) {
            return false;
        }
        Set<UUID> involved = new HashSet<>();
        if (task.leadAssociationId != null) {
            involved.add(task.leadAssociationId);
        }
        task.coordinators.forEach(c -> {
            if (c.associationId != null) {
                involved.add(c.associationId);
            }
        });
        return associations.associationsOfOfficer(user.username()).stream().anyMatch(involved::contains);
    }

    public void requireReport(ProgramTask task) {
        if (!canReport(task)) {
            throw ProblemException.forbidden("problem.forbidden.not-your-task");
        }
    }
}
