package vn.lhh.association.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.association.Association;
import vn.lhh.association.AssociationTerm;
import vn.lhh.association.Congress;
import vn.lhh.association.CongressStatus;
import vn.lhh.association.Leader;
import vn.lhh.association.dto.AssociationDetail;
import vn.lhh.association.dto.AssociationInput;
import vn.lhh.association.dto.AssociationSummary;
import vn.lhh.association.dto.CongressDto;
import vn.lhh.association.dto.ContactInfo;
import vn.lhh.association.dto.LeaderDto;
import vn.lhh.association.dto.TermDto;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.text.SearchText;

/** Entities ↔ API records, at the REST edge. */
@ApplicationScoped
public class AssociationMapper {

    public AssociationSummary toSummary(Association a, CongressStatus congressStatus) {
        return new AssociationSummary(a.id, a.name, a.abbreviation, a.field, a.status, a.memberCount,
                congressStatus, a.currentTermEnd);
    }

    public AssociationDetail toDetail(Association a, CongressStatus congressStatus, List<AssociationTerm> terms,
                                      List<Congress> congresses, List<Leader> leaders,
                                      boolean internalVisible, boolean canEdit) {
        List<TermDto> termDtos = terms.stream().map(this::toDto).toList();
        return new AssociationDetail(a.id, a.name, a.abbreviation, a.field, a.foundingDecision, a.foundedOn, a.status,
                a.memberCount, a.description, contact(a), internalVisible ? a.internalNotes : null, congressStatus,
                termDtos.isEmpty() ? null : termDtos.get(0), termDtos,
                congresses.stream().map(this::toDto).toList(), leaders.stream().map(this::toDto).toList(),
                canEdit, a.createdAt, a.updatedAt, a.version);
    }

    public TermDto toDto(AssociationTerm t) {
        return new TermDto(t.id, t.number, t.startDate, t.endDate, t.version);
    }

    public CongressDto toDto(Congress c) {
        return new CongressDto(c.id, c.termId, c.plannedDate, c.heldDate, c.decision, c.outcome, c.version);
    }

    public LeaderDto toDto(Leader l) {
        return new LeaderDto(l.id, l.termId, l.personName, l.honorific, l.role, l.startDate, l.endDate, l.version);
    }

    /** Writes the input onto the entity, text normalised to NFC. Status is the caller's business. */
    public void apply(AssociationInput in, Association a) {
        a.name = SearchText.clean(in.name());
        a.abbreviation = SearchText.cleanOptional(in.abbreviation());
        a.field = SearchText.clean(in.field());
        a.foundingDecision = SearchText.cleanOptional(in.foundingDecision());
        a.foundedOn = in.foundedOn();
        a.memberCount = in.memberCount() == null ? 0 : in.memberCount();
        a.description = SearchText.cleanOptional(in.description());
        ContactInfo c = in.contact();
        a.contactAddress = c == null ? null : SearchText.cleanOptional(c.address());
        a.contactEmail = c == null ? null : SearchText.cleanOptional(c.email());
        a.contactPhone = c == null ? null : SearchText.cleanOptional(c.phone());
        a.website = c == null ? null : SearchText.cleanOptional(c.website());
        a.internalNotes = SearchText.cleanOptional(in.internalNotes());
    }

    /** The association's own fields, for the audit log. */
    public Map<String, Object> snapshot(Association a) {
        Map<String, Object> m = Snapshots.of(a, "id", "name", "abbreviation", "field", "foundingDecision", "foundedOn", "status",
                "memberCount", "description");
        m.put("contact", contact(a));
        m.putAll(Snapshots.of(a, "internalNotes", "version"));
        return m;
    }

    private static ContactInfo contact(Association a) {
        if (a.contactAddress == null && a.contactEmail == null && a.contactPhone == null && a.website == null) {
            return null;
        }
        return new ContactInfo(a.contactAddress, a.contactEmail, a.contactPhone, a.website);
    }
}
