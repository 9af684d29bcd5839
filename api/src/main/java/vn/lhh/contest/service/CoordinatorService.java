package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.ContestCoordinator;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.CoordinatorKind;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.contest.dto.ContestDtos.CoordinatorDto;
import vn.lhh.contest.dto.ContestDtos.CoordinatorInput;

/**
 * Which school or district a contest-coordinator account registers for. The role alone lets an
 * account in; this record (kept by the office) says for whom it may register entries.
 */
@ApplicationScoped
public class CoordinatorService {
    public static final String ENTITY = "contest-coordinator";

    @Inject
    ContestRepository repo;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public Page<CoordinatorDto> list(ContestRepository.CoordinatorFilter filter, PageRequest page) {
        return repo.coordinators(filter, page).map(ContestMapper::coordinator);
    }

    public ContestCoordinator get(UUID id) {
        return ProblemException.requireFound(repo.coordinator(id), ENTITY, id);
    }

    /** The caller's own record (404 when the office has not registered it). */
    public ContestCoordinator mine() {
        return ProblemException.requireFound(repo.coordinatorOf(user.username()), ENTITY, user.username());
    }

    @Transactional
    public CoordinatorDto create(CoordinatorInput in) {
        ContestCoordinator c = new ContestCoordinator();
        c.id = UUID.randomUUID();
        apply(c, in);
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        return changes.create(ENTITY, c.id, c, ContestMapper::coordinator);
    }

    /** Changing the school or district applies to entries registered from now on; existing entries keep theirs. */
    @Transactional
    public CoordinatorDto update(UUID id, String ifMatch, CoordinatorInput in) {
        ContestCoordinator c = get(id);
        return changes.update(ENTITY, c.id, c, c.version, ifMatch, ContestMapper::coordinator, changed -> {
            apply(c, in);
            c.updatedAt = Instant.now();
        });
    }

    /** The entries it registered stay (registered_by keeps the account name); the account loses access to them. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        ContestCoordinator c = get(id);
        changes.delete(ENTITY, id, c, c.version, ifMatch, ContestMapper::coordinator);
    }

    private void apply(ContestCoordinator c, CoordinatorInput in) {
        String username = in.username().trim();
        ContestCoordinator same = repo.coordinatorOf(username);
        if (same != null && !same.id.equals(c.id)) {
            throw ProblemException.conflict("contest.conflict.coordinator-username", username);
        }
        String school = SearchText.cleanOptional(in.school());
        if (in.kind() == CoordinatorKind.school && school == null) {
            throw ProblemException.invalidField("school", "contest.validation.coordinator-school");
        }
        c.username = username;
        c.kind = in.kind();
        c.fullName = SearchText.cleanRequired("fullName", in.fullName());
        c.email = SearchText.cleanOptional(in.email());
        c.phone = SearchText.cleanOptional(in.phone());
        // a district coordinator registers for any school of its district: a school would only mislead
        c.school = in.kind() == CoordinatorKind.school ? school : null;
        c.schoolKey = c.school == null ? null : SearchText.normalize(c.school);
        c.district = SearchText.cleanRequired("district", in.district());
        c.districtKey = SearchText.normalize(c.district);
        c.active = in.active() == null || in.active();
    }
}
