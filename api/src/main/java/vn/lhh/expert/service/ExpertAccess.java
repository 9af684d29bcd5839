package vn.lhh.expert.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.expert.Expert;
import vn.lhh.expert.Membership;
import vn.lhh.expert.Visibility;

/**
 * Who sees how much of a profile. The union office, the expert and the officers of an
 * association the expert belongs to get the internal view; partners the partner view; everyone
 * else the public view. Proposed profiles are seen only by those with the internal view.
 */
@RequestScoped
public class ExpertAccess {
    @Inject
    CurrentUser user;
    @Inject
    AssociationService associations;

    private List<UUID> officerAssociations;

    /** The associations the caller is an officer of (empty for everyone else). */
    public List<UUID> officerAssociations() {
        if (officerAssociations == null) {
            officerAssociations = user.hasRole(Roles.ASSOCIATION_OFFICER) ? associations.associationsOfOfficer(user.username()) : List.of();
        }
        return officerAssociations;
    }

    /** The reach of the caller outside their own experts: internal for the office, partners for partners. */
    public Visibility baseAudience() {
        if (user.isStaffOrAdmin()) {
            return Visibility.INTERNAL;
        }
        return user.hasRole(Roles.PARTNER) ? Visibility.PARTNERS : Visibility.PUBLIC;
    }

    public boolean isSelf(Expert e) {
        return e.username != null && !user.isAnonymous() && user.hasRole(Roles.EXPERT) && e.username.equals(user.username());
    }

    public boolean isOfficerOf(Expert e) {
        return e.associationIds.stream().anyMatch(officerAssociations()::contains);
    }

    public Visibility audience(Expert e) {
        if (baseAudience() == Visibility.INTERNAL || isSelf(e) || isOfficerOf(e)) {
            return Visibility.INTERNAL;
        }
        return baseAudience();
    }

    public boolean canSee(Expert e) {
        Visibility a = audience(e);
        if (e.membership == Membership.proposed) {
            return a == Visibility.INTERNAL;
        }
        return a.covers(e.profileVisibility);
    }

    /** The office edits every profile; the expert their own; an officer the profiles they proposed, until accepted. */
    public boolean canEdit(Expert e) {
        return user.isStaffOrAdmin() || isSelf(e) || (e.membership == Membership.proposed && isOfficerOf(e));
    }

    public void requireEdit(Expert e) {
        if (!canEdit(e)) {
            throw ProblemException.forbidden("problem.forbidden.not-your-expert");
        }
    }

    public String username() {
        return user.username();
    }

    public boolean isStaffOrAdmin() {
        return user.isStaffOrAdmin();
    }

    public boolean isExpert() {
        return user.hasRole(Roles.EXPERT);
    }
}
