package vn.lhh.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.association.service.AssociationService;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.consultation.service.ConsultationService;
import vn.lhh.contest.service.EditionService;
import vn.lhh.program.service.ProgramTaskService;
import vn.lhh.registry.DocumentDirection;
import vn.lhh.registry.DocumentType;
import vn.lhh.registry.OfficialDocument;
import vn.lhh.registry.RegistryRepository;
import vn.lhh.registry.dto.RegistryDtos.DocumentDto;
import vn.lhh.registry.dto.RegistryDtos.DocumentInput;
import vn.lhh.registry.dto.RegistryDtos.DocumentSummary;
import vn.lhh.registry.dto.RegistryDtos.FileDto;
import vn.lhh.registry.dto.RegistryDtos.LinkDto;
import vn.lhh.registry.dto.RegistryDtos.NumberingDto;
import vn.lhh.registry.dto.RegistryDtos.RecipientDto;
import vn.lhh.registry.dto.RegistryDtos.TypeDto;

/**
 * The document registry: registers outgoing documents with the next number of their type and
 * year, incoming ones with the next registry entry number of their year, and decides who reads
 * them (the office everything; an association's officers what is addressed to their association).
 */
@ApplicationScoped
public class RegistryService {
    public static final String ENTITY = "official-document";
    public static final String FILE_OWNER = "official-document";
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of(Uploads.PDF, Uploads.DOCX, Uploads.PNG, Uploads.JPEG);

    @Inject
    RegistryRepository repo;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @Inject
    FileStore files;
    @Inject
    AssociationService associations;
    @Inject
    ProgramTaskService tasks;
    @Inject
    ConsultationService consultations;
    @Inject
    BulletinService bulletins;
    @Inject
    EditionService editions;

    @ConfigProperty(name = "lhh.registry.union-abbreviation")
    String unionAbbreviation;
    @ConfigProperty(name = "lhh.union.name")
    String unionName;

    public NumberingDto numbering() {
        return new NumberingDto(unionAbbreviation, Arrays.stream(DocumentType.values())
                .map(t -> new TypeDto(t, t.code, t.nameVi, t.nameEn)).toList());
    }

    /** Null for the office (everything); else the associations whose documents the caller may read. */
    public List<UUID> visibleAssociations() {
        if (user.isStaffOrAdmin()) {
            return null;
        }
        if (user.hasRole(Roles.ASSOCIATION_OFFICER)) {
            return associations.associationsOfOfficer(user.username());
        }
        return List.of();
    }

    public Page<DocumentSummary> list(RegistryRepository.Filter filter, PageRequest page) {
        return repo.search(filter, page).map(RegistryService::summary);
    }

    /** The newest registrations the caller may read (for the executive dashboard). */
    public List<DocumentSummary> recent(int size) {
        var filter = new RegistryRepository.Filter(null, null, null, null, null, null, null, null, visibleAssociations());
        return list(filter, PageRequest.ordered(1, size, "d.createdAt desc, d.id asc")).items();
    }

    public long countOfYear(int year) {
        return repo.count("year = ?1", year);
    }

    /** A document the caller may read; any other is "not found", so that documents addressed elsewhere do not leak. */
    public OfficialDocument get(UUID id) {
        OfficialDocument d = repo.findById(id);
        List<UUID> visible = visibleAssociations();
        if (d == null || (visible != null && d.recipients.stream().noneMatch(r -> r.associationId != null && visible.contains(r.associationId)))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return d;
    }

    public DocumentDto detail(OfficialDocument d) {
        FileDto file = d.fileId == null ? null : files.find(d.fileId)
                .map(f -> new FileDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes())).orElse(null);
        return new DocumentDto(d.id, d.direction, d.type, d.type.nameVi, d.number, d.year, d.symbol, d.documentDate, d.receivedOn,
                d.draftingUnit, d.subject, d.signer, d.signerTitle, d.issuingBody,
                d.recipients.stream().map(r -> new RecipientDto(r.name, r.associationId)).toList(), d.note, file,
                link(d.programTaskId, id -> {
                    var t = tasks.detail(tasks.get(id));
                    return t.shortTitle() != null ? t.shortTitle() : t.text();
                }),
                link(d.consultationId, id -> consultations.subjectOf(id)),
                link(d.bulletinIssueId, id -> bulletins.titleOf(id)),
                link(d.contestEditionId, id -> editions.nameOf(id)),
                d.createdBy, d.createdAt, d.updatedAt, d.version);
    }

    /** The linked record's title as its feature shows it to this caller; null when it is gone or hidden from them. */
    private static LinkDto link(UUID id, Function<UUID, String> title) {
        if (id == null) {
            return null;
        }
        try {
            return new LinkDto(id, title.apply(id));
        } catch (ProblemException e) {
            return new LinkDto(id, null);
        }
    }

    static DocumentSummary summary(OfficialDocument d) {
        return new DocumentSummary(d.id, d.direction, d.type, d.number, d.year, d.symbol, d.documentDate, d.receivedOn, d.subject, d.signer,
                d.issuingBody, d.fileId != null, d.createdAt);
    }

    /**
     * Registers a document. Everything is checked first; the number is taken last, from the counter
     * row locked until this transaction commits, so a failure anywhere rolls the number back too.
     */
    @Transactional
    public DocumentDto create(DocumentInput in) {
        OfficialDocument d = new OfficialDocument();
        d.id = UUID.randomUUID();
        d.direction = in.direction();
        d.type = in.type();
        apply(in, d, true);
        d.year = numberingDate(d).getYear();
        d.series = d.direction == DocumentDirection.outgoing ? d.type.code : RegistryRepository.INCOMING_SERIES;
        d.number = repo.nextNumber(d.direction, d.series, d.year);
        if (d.direction == DocumentDirection.outgoing) {
            d.symbol = symbol(d.number, d.type, d.draftingUnit);
        }
        keys(d);
        d.createdBy = user.username();
        d.createdAt = d.updatedAt = Instant.now();
        return changes.create(ENTITY, d.id, d, RegistryService::snapshot, this::detail);
    }

    /**
     * Registers an outgoing document that already has its number (read from its text by the demo
     * import); the type's counter of that year goes on after it. False when it is already registered.
     */
    @Transactional
    public boolean registerExisting(DocumentHeader h, String source) {
        int year = h.date().getYear();
        if (repo.count("direction = ?1 and series = ?2 and year = ?3 and number = ?4", DocumentDirection.outgoing, h.type().code, year, h.number()) > 0) {
            return false;
        }
        OfficialDocument d = new OfficialDocument();
        d.id = UUID.randomUUID();
        d.direction = DocumentDirection.outgoing;
        d.type = h.type();
        d.number = h.number();
        d.year = year;
        d.series = h.type().code;
        d.symbol = h.symbol();
        d.documentDate = h.date();
        d.subject = SearchText.clean(h.title());
        d.signer = h.signer();
        d.signerTitle = h.signerTitle();
        d.issuingBody = unionName;
        h.recipients().forEach(r -> d.recipients.add(new OfficialDocument.Recipient(SearchText.clean(r), null)));
        d.note = "Nhập từ văn bản gốc " + source;
        keys(d);
        d.createdBy = user.username();
        d.createdAt = d.updatedAt = Instant.now();
        repo.raiseCounter(d.direction, d.series, year, d.number);
        repo.persist(d);
        repo.flush();
        audit.record(AuditLog.Action.create, ENTITY, d.id, null, snapshot(d));
        return true;
    }

    /** 106/CTr-LHH; an official letter carries no type: 123/LHH-VP. */
    String symbol(int number, DocumentType type, String draftingUnit) {
        String s = number + "/" + (type == DocumentType.official_letter ? unionAbbreviation : type.code + "-" + unionAbbreviation);
        return draftingUnit == null ? s : s + "-" + draftingUnit;
    }

    /** Outgoing documents are numbered in the year they are dated; incoming ones in the year they arrived. */
    private static LocalDate numberingDate(OfficialDocument d) {
        return d.direction == DocumentDirection.outgoing ? d.documentDate : d.receivedOn;
    }

    @Transactional
    public DocumentDto update(UUID id, String ifMatch, DocumentInput in) {
        OfficialDocument d = get(id);
        ETags.check(ifMatch, d.version);
        if (in.direction() != d.direction || in.type() != d.type) {
            throw ProblemException.conflict("problem.conflict.document-number-fixed", d.symbol);
        }
        var before = snapshot(d);
        String unit = d.draftingUnit;
        int year = d.year;
        apply(in, d, false);
        if (numberingDate(d).getYear() != year || (d.direction == DocumentDirection.outgoing && !Objects.equals(unit, d.draftingUnit))) {
            throw ProblemException.conflict("problem.conflict.document-number-fixed", d.symbol);
        }
        keys(d);
        d.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, d.id, before, snapshot(d));
        return detail(d);
    }

    private void apply(DocumentInput in, OfficialDocument d, boolean creating) {
        LocalDate today = ProvinceClock.today();
        if (in.documentDate().isAfter(today)) {
            throw ProblemException.invalidField("documentDate", "validation.not-future");
        }
        String subject = SearchText.cleanRequired("subject", in.subject());
        String issuingBody = SearchText.cleanOptional(in.issuingBody());
        if (in.direction() == DocumentDirection.incoming) {
            if (in.receivedOn() == null) {
                throw ProblemException.invalidField("receivedOn", "validation.incoming-required");
            }
            if (in.receivedOn().isAfter(today)) {
                throw ProblemException.invalidField("receivedOn", "validation.not-future");
            }
            if (in.receivedOn().isBefore(in.documentDate())) {
                throw ProblemException.invalidField("receivedOn", "validation.received-before-dated");
            }
            if (SearchText.cleanOptional(in.senderSymbol()) == null) {
                throw ProblemException.invalidField("senderSymbol", "validation.incoming-required");
            }
            if (issuingBody == null) {
                throw ProblemException.invalidField("issuingBody", "validation.incoming-required");
            }
            if (in.draftingUnit() != null) {
                throw ProblemException.invalidField("draftingUnit", "validation.outgoing-only");
            }
        } else {
            if (in.receivedOn() != null) {
                throw ProblemException.invalidField("receivedOn", "validation.incoming-only");
            }
            if (in.senderSymbol() != null) {
                throw ProblemException.invalidField("senderSymbol", "validation.incoming-only");
            }
        }
        List<RecipientDto> recipients = in.recipients() == null ? List.of() : in.recipients();
        List<OfficialDocument.Recipient> cleaned = new ArrayList<>();
        for (int k = 0; k < recipients.size(); k++) {
            RecipientDto r = recipients.get(k);
            String name = SearchText.cleanRequired("recipients[" + k + "].name", r.name());
            if (r.associationId() != null && !associations.exists(r.associationId())) {
                throw ProblemException.invalidField("recipients[" + k + "].associationId", "validation.association-unknown");
            }
            cleaned.add(new OfficialDocument.Recipient(name, r.associationId()));
        }
        requireLink("programTaskId", in.programTaskId(), tasks::get);
        requireLink("consultationId", in.consultationId(), consultations::get);
        requireLink("bulletinIssueId", in.bulletinIssueId(), bulletins::get);
        requireLink("contestEditionId", in.contestEditionId(), editions::get);

        d.documentDate = in.documentDate();
        d.receivedOn = in.receivedOn();
        if (d.direction == DocumentDirection.incoming) {
            d.symbol = SearchText.clean(in.senderSymbol());
        }
        d.draftingUnit = SearchText.cleanOptional(in.draftingUnit());
        d.subject = subject;
        d.signer = SearchText.cleanOptional(in.signer());
        d.signerTitle = SearchText.cleanOptional(in.signerTitle());
        d.issuingBody = issuingBody != null ? issuingBody : unionName;
        d.recipients.clear();
        d.recipients.addAll(cleaned);
        d.note = SearchText.cleanOptional(in.note());
        d.programTaskId = in.programTaskId();
        d.consultationId = in.consultationId();
        d.bulletinIssueId = in.bulletinIssueId();
        d.contestEditionId = in.contestEditionId();
    }

    /** The linked record must exist: asked of its own feature's service, which says "not found" otherwise. */
    private static void requireLink(String field, UUID id, Function<UUID, ?> lookup) {
        if (id == null) {
            return;
        }
        try {
            lookup.apply(id);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            throw ProblemException.invalidField(field, "validation.link-unknown");
        }
    }

    private static void keys(OfficialDocument d) {
        d.numberKey = SearchText.normalize(d.symbol).replace(" ", "") + " " + d.number + "/" + d.year;
        d.searchKey = SearchText.normalize(String.join(" ", d.symbol, d.type.nameVi, d.subject, d.issuingBody,
                Objects.toString(d.signer, ""), String.join(" ", d.recipients.stream().map(r -> r.name).toList()),
                Objects.toString(d.note, "")));
    }

    /** Attaches the document's file (PDF, Word, PNG or JPEG, checked by content), replacing the previous one. */
    @Transactional
    public DocumentDto putFile(UUID id, String ifMatch, String fileName, byte[] content) {
        OfficialDocument d = get(id);
        ETags.check(ifMatch, d.version);
        Uploads.Checked checked = Uploads.check(fileName, content, MAX_FILE_BYTES, FILE_TYPES, "problem.unsupported-media-type.document-file");
        UUID previous = d.fileId;
        StoredFile stored = files.store(FILE_OWNER, d.id, checked, user.username());
        d.fileId = stored.id();
        d.updatedAt = Instant.now();
        repo.flush();
        if (previous != null) {
            files.delete(previous);
        }
        Map<String, Object> after = new HashMap<>();
        after.put("file", stored.fileName());
        after.put("sha256", stored.sha256());
        audit.record(AuditLog.Action.update, ENTITY, d.id, previous == null ? null : Map.of("fileId", previous), after);
        return detail(d);
    }

    public StoredFile file(UUID id) {
        OfficialDocument d = get(id);
        if (d.fileId == null) {
            throw ProblemException.notFound(ENTITY + "-file", id);
        }
        return files.find(d.fileId).orElseThrow(() -> ProblemException.notFound(ENTITY + "-file", id));
    }

    private static Map<String, Object> snapshot(OfficialDocument d) {
        Map<String, Object> m = Snapshots.of(d, "direction", "type", "symbol", "number", "year");
        // the dates as text, "null" when absent, as the log has always held them
        m.put("documentDate", String.valueOf(d.documentDate));
        m.put("receivedOn", String.valueOf(d.receivedOn));
        m.putAll(Snapshots.of(d, "subject", "signer", "issuingBody"));
        m.put("recipients", d.recipients.stream().map(r -> r.name).toList());
        m.putAll(Snapshots.of(d, "programTaskId", "consultationId", "bulletinIssueId", "contestEditionId"));
        return m;
    }
}
