package vn.lhh.association.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.lhh.association.AssociationOfficerRepository;
import vn.lhh.association.dto.OfficerDto;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;

/**
 * The link between Keycloak users and the association they act for. The user also needs
 * the association-officer realm role; the link alone grants nothing.
 */
@ApplicationScoped
public class OfficerService {
    public static final String ENTITY = "association-officer";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @Inject
    AssociationService associations;
    @Inject
    AssociationAccess access;
    @Inject
    AssociationOfficerRepository officers;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;

    public List<OfficerDto> list(UUID associationId) {
        associations.get(associationId);
        access.requireManage(associationId);
        return officers.officersOf(associationId).stream()
                .map(o -> new OfficerDto(o.username(), o.assignedAt(), o.assignedBy())).toList();
    }

    /** @return true when the user was not yet an officer of this association */
    @Transactional
    public boolean assign(UUID associationId, String username) {
        associations.get(associationId);
        requireUsername(username);
        boolean added = officers.assign(associationId, username, user.username());
        if (added) {
            audit.record(AuditLog.Action.create, ENTITY, associationId + "/" + username, null,
                    Map.of("associationId", associationId, "username", username));
        }
        return added;
    }

    @Transactional
    public void remove(UUID associationId, String username) {
        associations.get(associationId);
        requireUsername(username);
        if (!officers.remove(associationId, username)) {
            throw ProblemException.notFound(ENTITY, username);
        }
        audit.record(AuditLog.Action.delete, ENTITY, associationId + "/" + username,
                Map.of("associationId", associationId, "username", username), null);
    }

    private static void requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.invalidField("username", "validation.username");
        }
    }
}
