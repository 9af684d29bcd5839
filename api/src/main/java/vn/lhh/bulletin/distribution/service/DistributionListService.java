package vn.lhh.bulletin.distribution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.bulletin.distribution.DistributionList;
import vn.lhh.bulletin.distribution.DistributionRecipient;
import vn.lhh.bulletin.distribution.DistributionRepository;
import vn.lhh.bulletin.distribution.ListMember;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.ListDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.ListInput;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.ListSummary;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.MemberDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.MemberInput;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;

/** Named lists of recipients ("Xã, phường, thị trấn", "Sở, ban, ngành"), each member with an optional copies override. */
@ApplicationScoped
public class DistributionListService {
    public static final String ENTITY = "distribution-list";

    @Inject
    DistributionRepository repo;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public Page<ListSummary> list(String q, PageRequest page) {
        Page<DistributionList> p = repo.lists(q, page);
        Map<UUID, long[]> stats = repo.listStats(p.items().stream().map(l -> l.id).toList());
        return p.map(l -> {
            long[] s = stats.getOrDefault(l.id, new long[3]);
            return new ListSummary(l.id, l.name, l.description, (int) s[0], (int) s[1], s[2], l.updatedAt, l.version);
        });
    }

    public DistributionList get(UUID id) {
        return ProblemException.requireFound(repo.findList(id), ENTITY, id);
    }

    public ListDto detail(DistributionList l) {
        Map<UUID, DistributionRecipient> recipients = repo.recipientsById(l.members.stream().map(m -> m.recipientId).toList());
        List<MemberDto> members = l.members.stream().map(m -> {
            DistributionRecipient r = recipients.get(m.recipientId);
            return new MemberDto(r.id, r.kind, r.name, r.district, r.active, m.copies, effectiveCopies(m, r));
        }).toList();
        int active = (int) members.stream().filter(MemberDto::active).count();
        long copies = members.stream().filter(MemberDto::active).mapToLong(MemberDto::effectiveCopies).sum();
        return new ListDto(l.id, l.name, l.description, members, active, copies, l.createdAt, l.updatedAt, l.version);
    }

    /** What a sending to the list gives the member: the list's override, else the recipient's own number. */
    public static int effectiveCopies(ListMember m, DistributionRecipient r) {
        return m.copies != null ? m.copies : r.copies;
    }

    @Transactional
    public ListDto create(ListInput in) {
        DistributionList l = new DistributionList();
        l.id = UUID.randomUUID();
        apply(in, l);
        l.createdBy = user.username();
        l.createdAt = l.updatedAt = Instant.now();
        return changes.create(ENTITY, l.id, l, DistributionListService::snapshot, this::detail);
    }

    @Transactional
    public ListDto update(UUID id, String ifMatch, ListInput in) {
        DistributionList l = get(id);
        return changes.update(ENTITY, id, l, l.version, ifMatch, DistributionListService::snapshot, changed -> {
            apply(in, l);
            l.updatedAt = Instant.now();
        }, this::detail);
    }

    /** Checks first, then writes: a query after a change would flush it and move the version once more. */
    private void apply(ListInput in, DistributionList l) {
        List<MemberInput> members = in.members();
        Set<UUID> seen = new HashSet<>();
        for (int k = 0; k < members.size(); k++) {
            if (!seen.add(members.get(k).recipientId())) {
                throw ProblemException.invalidField("members[" + k + "].recipientId", "validation.recipient-duplicate");
            }
        }
        Map<UUID, DistributionRecipient> found = repo.recipientsById(seen);
        for (int k = 0; k < members.size(); k++) {
            if (!found.containsKey(members.get(k).recipientId())) {
                throw ProblemException.invalidField("members[" + k + "].recipientId", "validation.recipient-unknown");
            }
        }
        String name = SearchText.clean(in.name());
        String nameKey = SearchText.normalize(name);
        if (repo.listNameTaken(nameKey, l.id)) {
            throw ProblemException.conflict("problem.conflict.distribution-list-name", name);
        }
        l.name = name;
        l.nameKey = nameKey;
        l.description = SearchText.cleanOptional(in.description());
        l.members.clear();
        members.forEach(m -> l.members.add(new ListMember(m.recipientId(), m.copies())));
    }

    /** A list is only a convenience: deleting it leaves the records made with it (their listId becomes null). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        DistributionList l = get(id);
        changes.delete(ENTITY, id, l, l.version, ifMatch, DistributionListService::snapshot);
    }

    private static Map<String, Object> snapshot(DistributionList l) {
        return Map.of("name", l.name, "members", l.members.stream()
                .map(m -> m.copies == null ? m.recipientId.toString() : m.recipientId + "×" + m.copies).toList());
    }
}
