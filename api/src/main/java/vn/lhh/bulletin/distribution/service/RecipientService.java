package vn.lhh.bulletin.distribution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.bulletin.distribution.DistributionList;
import vn.lhh.bulletin.distribution.DistributionRecipient;
import vn.lhh.bulletin.distribution.DistributionRepository;
import vn.lhh.bulletin.distribution.RecipientKind;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecipientDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecipientInput;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;

/** The recipients of the free distribution: communes, wards and towns by district, departments, partner unions. */
@ApplicationScoped
public class RecipientService {
    public static final String ENTITY = "distribution-recipient";

    @Inject
    DistributionRepository repo;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public Page<RecipientDto> list(DistributionRepository.RecipientFilter filter, PageRequest page) {
        Page<DistributionRecipient> p = repo.recipients(filter, page);
        Map<UUID, Long> counts = repo.recordCounts(p.items().stream().map(r -> r.id).toList());
        return p.map(r -> dto(r, counts.getOrDefault(r.id, 0L)));
    }

    public DistributionRecipient get(UUID id) {
        return ProblemException.requireFound(repo.findById(id), ENTITY, id);
    }

    public RecipientDto detail(DistributionRecipient r) {
        return dto(r, repo.recordCounts(List.of(r.id)).getOrDefault(r.id, 0L));
    }

    static RecipientDto dto(DistributionRecipient r, long records) {
        return new RecipientDto(r.id, r.kind, r.name, r.district, r.address, r.contactPerson, r.phone, r.copies, r.active, r.note,
                records, r.createdAt, r.updatedAt, r.version);
    }

    @Transactional
    public RecipientDto create(RecipientInput in) {
        DistributionRecipient r = new DistributionRecipient();
        r.id = UUID.randomUUID();
        apply(in, r);
        r.createdBy = user.username();
        r.createdAt = r.updatedAt = Instant.now();
        return changes.create(ENTITY, r.id, r, RecipientService::snapshot, created -> dto(created, 0));
    }

    @Transactional
    public RecipientDto update(UUID id, String ifMatch, RecipientInput in) {
        DistributionRecipient r = get(id);
        return changes.update(ENTITY, id, r, r.version, ifMatch, RecipientService::snapshot, changed -> {
            apply(in, r);
            r.updatedAt = Instant.now();
        }, this::detail);
    }

    /** Checks first, then writes: a query after a change would flush it and move the version once more. */
    private void apply(RecipientInput in, DistributionRecipient r) {
        String name = SearchText.clean(in.name());
        String district = SearchText.cleanOptional(in.district());
        if (district == null && RecipientKind.LOCAL.contains(in.kind())) {
            throw ProblemException.invalidField("district", "validation.district-required");
        }
        String nameKey = SearchText.normalize(name);
        String districtKey = SearchText.normalize(district);
        // a friendly message before the unique index (which stays the guarantee under concurrency)
        if (repo.recipientNameTaken(in.kind(), districtKey, nameKey, r.id)) {
            throw ProblemException.conflict("problem.conflict.recipient-name", name);
        }
        r.kind = in.kind();
        r.name = name;
        r.district = district;
        r.address = SearchText.clean(in.address());
        r.contactPerson = SearchText.cleanOptional(in.contactPerson());
        r.phone = SearchText.cleanOptional(in.phone());
        r.copies = in.copies() == null ? 1 : in.copies();
        r.active = in.active() == null || in.active();
        r.note = SearchText.cleanOptional(in.note());
        r.nameKey = nameKey;
        r.districtKey = districtKey;
        r.searchKey = SearchText.normalize(String.join(" ", r.name, district == null ? "" : district, r.address));
    }

    /**
     * Deletes a recipient nothing was ever sent to, taking it off the lists that hold it. One with
     * records is refused: the records say what was sent to it; deactivate it instead.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        DistributionRecipient r = get(id);
        ETags.check(ifMatch, r.version);
        long records = repo.recordCounts(List.of(id)).getOrDefault(id, 0L);
        if (records > 0) {
            throw ProblemException.conflict("problem.conflict.recipient-has-records", records);
        }
        Instant now = Instant.now();
        for (DistributionList l : repo.listsWith(id)) {
            l.members.removeIf(m -> m.recipientId.equals(id));
            l.updatedAt = now;
            audit.record(AuditLog.Action.update, DistributionListService.ENTITY, l.id, null, Map.of("removedRecipient", id));
        }
        var before = snapshot(r);
        repo.delete(r);
        repo.flush();
        audit.record(AuditLog.Action.delete, ENTITY, id, before, null);
    }

    private static Map<String, Object> snapshot(DistributionRecipient r) {
        return Snapshots.of(r, "kind", "name", "district", "address", "copies", "active");
    }
}
