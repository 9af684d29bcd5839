package vn.lhh.association.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.lhh.association.Association;
import vn.lhh.association.AssociationPart;
import vn.lhh.association.AssociationPartRepository;
import vn.lhh.association.AssociationTerm;
import vn.lhh.association.Congress;
import vn.lhh.association.Leader;
import vn.lhh.association.mapping.AssociationMapper;
import vn.lhh.association.dto.CongressDto;
import vn.lhh.association.dto.CongressInput;
import vn.lhh.association.dto.LeaderDto;
import vn.lhh.association.dto.LeaderInput;
import vn.lhh.association.dto.TermDto;
import vn.lhh.association.dto.TermInput;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;

/**
 * An association's structure over time: terms (nhiệm kỳ), the congresses (đại hội) that
 * close them, and the leadership of each term. Every change goes through the same steps:
 * authorise on the association, check the part's version, apply the rules, record it.
 */
@ApplicationScoped
public class AssociationStructureService {
    public static final String TERM = "association-term";
    public static final String CONGRESS = "association-congress";
    public static final String LEADER = "association-leader";

    @Inject
    AssociationService associations;
    @Inject
    AssociationPartRepository parts;
    @Inject
    AssociationMapper mapper;
    @Inject
    AuditLog audit;

    // ---- reads ---------------------------------------------------------------------------

    public List<TermDto> terms(UUID associationId) {
        associations.get(associationId);
        return parts.terms(associationId).stream().map(mapper::toDto).toList();
    }

    public List<CongressDto> congresses(UUID associationId) {
        associations.get(associationId);
        return parts.congresses(associationId).stream().map(mapper::toDto).toList();
    }

    public List<LeaderDto> leaders(UUID associationId) {
        associations.get(associationId);
        return parts.leaders(associationId).stream().map(mapper::toDto).toList();
    }

    public <P extends AssociationPart> P get(Class<P> type, UUID associationId, UUID id, String entity) {
        associations.get(associationId);
        return ProblemException.requireFound(parts.find(type, associationId, id), entity, id);
    }

    // ---- terms ---------------------------------------------------------------------------

    @Transactional
    public TermDto addTerm(UUID associationId, TermInput in) {
        return create(associationId, new AssociationTerm(), TERM, t -> applyTerm(in, t), mapper::toDto);
    }

    @Transactional
    public TermDto updateTerm(UUID associationId, UUID termId, String ifMatch, TermInput in) {
        return update(associationId, AssociationTerm.class, termId, ifMatch, TERM, t -> applyTerm(in, t), mapper::toDto);
    }

    @Transactional
    public void deleteTerm(UUID associationId, UUID termId, String ifMatch) {
        delete(associationId, AssociationTerm.class, termId, ifMatch, TERM, t -> {
            long refs = parts.countReferencingTerm(t.id);
            if (refs > 0) {
                throw ProblemException.conflict("problem.conflict.term-referenced", refs);
            }
        }, mapper::toDto);
    }

    private void applyTerm(TermInput in, AssociationTerm t) {
        if (!in.endDate().isAfter(in.startDate())) {
            throw ProblemException.invalidField("endDate", "validation.end-after-start");
        }
        if (parts.termNumberTaken(t.associationId, t.id, in.number())) {
            throw ProblemException.conflict("problem.conflict.term-number", in.number());
        }
        if (parts.overlaps(t.associationId, t.id, in.startDate(), in.endDate())) {
            throw ProblemException.conflict("problem.conflict.term-overlap");
        }
        t.number = in.number();
        t.startDate = in.startDate();
        t.endDate = in.endDate();
    }

    // ---- congresses ----------------------------------------------------------------------

    @Transactional
    public CongressDto addCongress(UUID associationId, CongressInput in) {
        return create(associationId, new Congress(), CONGRESS, c -> applyCongress(in, c), mapper::toDto);
    }

    @Transactional
    public CongressDto updateCongress(UUID associationId, UUID congressId, String ifMatch, CongressInput in) {
        return update(associationId, Congress.class, congressId, ifMatch, CONGRESS, c -> applyCongress(in, c), mapper::toDto);
    }

    @Transactional
    public void deleteCongress(UUID associationId, UUID congressId, String ifMatch) {
        delete(associationId, Congress.class, congressId, ifMatch, CONGRESS, c -> { }, mapper::toDto);
    }

    private void applyCongress(CongressInput in, Congress c) {
        requireTermOf(c.associationId, in.termId());
        if (in.plannedDate() == null && in.heldDate() == null) {
            throw ProblemException.invalidField("plannedDate", "validation.congress-date-required");
        }
        if (parts.congressForTermExists(in.termId(), c.id)) {
            throw ProblemException.conflict("problem.conflict.congress-for-term");
        }
        c.termId = in.termId();
        c.plannedDate = in.plannedDate();
        c.heldDate = in.heldDate();
        c.decision = SearchText.cleanOptional(in.decision());
        c.outcome = SearchText.cleanOptional(in.outcome());
    }

    // ---- leadership ----------------------------------------------------------------------

    @Transactional
    public LeaderDto addLeader(UUID associationId, LeaderInput in) {
        return create(associationId, new Leader(), LEADER, l -> applyLeader(in, l), mapper::toDto);
    }

    @Transactional
    public LeaderDto updateLeader(UUID associationId, UUID leaderId, String ifMatch, LeaderInput in) {
        return update(associationId, Leader.class, leaderId, ifMatch, LEADER, l -> applyLeader(in, l), mapper::toDto);
    }

    @Transactional
    public void deleteLeader(UUID associationId, UUID leaderId, String ifMatch) {
        delete(associationId, Leader.class, leaderId, ifMatch, LEADER, l -> { }, mapper::toDto);
    }

    private void applyLeader(LeaderInput in, Leader l) {
        AssociationTerm term = requireTermOf(l.associationId, in.termId());
        if (in.startDate().isBefore(term.startDate) || in.startDate().isAfter(term.endDate)) {
            throw ProblemException.invalidField("startDate", "validation.leader-start-in-term", term.startDate, term.endDate);
        }
        if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw ProblemException.invalidField("endDate", "validation.end-after-start");
        }
        l.termId = in.termId();
        l.personName = SearchText.clean(in.personName());
        l.honorific = SearchText.cleanOptional(in.honorific());
        l.role = in.role();
        l.startDate = in.startDate();
        l.endDate = in.endDate();
    }

    private AssociationTerm requireTermOf(UUID associationId, UUID termId) {
        AssociationTerm term = parts.find(AssociationTerm.class, associationId, termId);
        if (term == null) {
            throw ProblemException.invalidField("termId", "validation.term-not-of-association");
        }
        return term;
    }

    // ---- the steps every change shares ---------------------------------------------------

    private <P extends AssociationPart, D> D create(UUID associationId, P part, String entity,
                                                    Consumer<P> apply, Function<P, D> toDto) {
        Association a = associations.loadForPartChange(associationId);
        part.id = UUID.randomUUID();
        part.associationId = a.id;
        part.createdAt = part.updatedAt = Instant.now();
        apply.accept(part);
        parts.persist(part);
        associations.refreshCongressState(a);
        D dto = toDto.apply(part);
        audit.record(AuditLog.Action.create, entity, part.id, null, dto);
        return dto;
    }

    private <P extends AssociationPart, D> D update(UUID associationId, Class<P> type, UUID id, String ifMatch,
                                                    String entity, Consumer<P> apply, Function<P, D> toDto) {
        Association a = associations.loadForPartChange(associationId);
        P part = requirePart(type, associationId, id, entity);
        ETags.check(ifMatch, part.version);
        D before = toDto.apply(part);
        apply.accept(part);
        part.updatedAt = Instant.now();
        parts.flush();
        associations.refreshCongressState(a);
        parts.flush();
        D after = toDto.apply(part);
        audit.record(AuditLog.Action.update, entity, id, before, after);
        return after;
    }

    private <P extends AssociationPart> void delete(UUID associationId, Class<P> type, UUID id, String ifMatch,
                                                    String entity, Consumer<P> guard, Function<P, ?> toDto) {
        Association a = associations.loadForPartChange(associationId);
        P part = requirePart(type, associationId, id, entity);
        ETags.check(ifMatch, part.version);
        guard.accept(part);
        Object before = toDto.apply(part);
        parts.remove(part);
        associations.refreshCongressState(a);
        audit.record(AuditLog.Action.delete, entity, id, before, null);
    }

    private <P extends AssociationPart> P requirePart(Class<P> type, UUID associationId, UUID id, String entity) {
        return ProblemException.requireFound(parts.find(type, associationId, id), entity, id);
    }
}
