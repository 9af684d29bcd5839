package vn.lhh.bulletin.distribution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.distribution.DeliveryMethod;
import vn.lhh.bulletin.distribution.DistributionList;
import vn.lhh.bulletin.distribution.DistributionRecipient;
import vn.lhh.bulletin.distribution.DistributionRecord;
import vn.lhh.bulletin.distribution.DistributionRepository;
import vn.lhh.bulletin.distribution.ListMember;
import vn.lhh.bulletin.distribution.RecipientKind;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.BatchInput;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.BatchResult;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.IssueDistributionDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.KindTotal;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.MonthTotal;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordInput;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordUpdate;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.SkipReason;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.SkippedMember;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.TotalsDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.YearTotal;
import vn.lhh.bulletin.mapping.BulletinMapper;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.export.Rows;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;

/** What was sent of each issue to whom, when and how many copies; and the sums per month and year. */
@ApplicationScoped
public class DistributionService {
    public static final String ENTITY = "distribution-record";

    @Inject
    DistributionRepository repo;
    @Inject
    BulletinService bulletins;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public IssueDistributionDto issueDistribution(UUID issueId, RecipientKind kind, PageRequest page) {
        BulletinIssue issue = bulletins.get(issueId);
        var p = repo.records(issueId, kind, page);
        List<KindTotal> byKind = byKind(repo.issueTotals(issueId));
        return new IssueDistributionDto(BulletinMapper.ref(issue), byKind.stream().mapToLong(KindTotal::recipients).sum(),
                byKind.stream().mapToLong(KindTotal::copies).sum(), byKind, p.items().stream().map(DistributionService::dto).toList(),
                p.page(), p.size(), p.total());
    }

    /**
     * An issue's records as an export: the issue is checked now (404 before any byte is sent), the
     * records are read page by page while the file is written, in the list's order.
     */
    public Rows<RecordDto> exportRecords(UUID issueId, RecipientKind kind, PageRequest order) {
        bulletins.get(issueId);
        return Rows.numbered(order, p -> repo.records(issueId, kind, p).map(DistributionService::dto));
    }

    /** The file of an issue's records: "Danh sách phát hành tập san số 11 tháng 11-2026". */
    public String recordsFileName(UUID issueId) {
        BulletinIssue issue = bulletins.get(issueId);
        return DistributionExport.RECORDS.title() + " số " + issue.number + " tháng "
                + String.format("%02d-%d", issue.issueMonth.getMonthValue(), issue.issueMonth.getYear());
    }

    public RecordDto get(UUID issueId, UUID recordId) {
        return dto(record(issueId, recordId));
    }

    /** The record, if it belongs to the issue (which the caller may see); else "not found". */
    private DistributionRecord record(UUID issueId, UUID recordId) {
        bulletins.get(issueId);
        DistributionRecord r = repo.findRecord(recordId);
        if (r == null || !r.issueId.equals(issueId)) {
            throw ProblemException.notFound(ENTITY, recordId);
        }
        return r;
    }

    @Transactional
    public RecordDto create(UUID issueId, RecordInput in) {
        requireDistributable(issueId);
        checkSentOn(in.sentOn());
        DistributionRecipient r = repo.findById(in.recipientId());
        if (r == null) {
            throw ProblemException.invalidField("recipientId", "validation.recipient-unknown");
        }
        if (!r.active) {
            throw ProblemException.conflict("problem.conflict.recipient-inactive", r.name);
        }
        if (repo.recordedRecipients(issueId).contains(r.id)) {
            throw ProblemException.conflict("problem.conflict.distribution-recorded", r.name);
        }
        DistributionRecord rec = newRecord(issueId, r, null, in.copies() == null ? r.copies : in.copies(), in.sentOn(), in.method(), in.note());
        repo.flush();
        return dto(rec);
    }

    /**
     * One record per active member of the list, with the list's copies or the recipient's own;
     * members already recorded for the issue, and inactive ones, are skipped and reported.
     */
    @Transactional
    public BatchResult createFromList(UUID issueId, BatchInput in) {
        requireDistributable(issueId);
        checkSentOn(in.sentOn());
        DistributionList list = repo.findList(in.listId());
        if (list == null) {
            throw ProblemException.invalidField("listId", "validation.distribution-list-unknown");
        }
        Set<UUID> recorded = repo.recordedRecipients(issueId);
        Map<UUID, DistributionRecipient> members = repo.recipientsById(list.members.stream().map(m -> m.recipientId).toList());
        List<RecordDto> created = new ArrayList<>();
        List<SkippedMember> skipped = new ArrayList<>();
        for (ListMember m : list.members) {
            DistributionRecipient r = members.get(m.recipientId);
            if (r == null) {
                continue; // deleted, and so taken off the list, between reading the list and its recipients
            }
            if (recorded.contains(r.id)) {
                skipped.add(new SkippedMember(r.id, r.name, SkipReason.already_recorded));
            } else if (!r.active) {
                skipped.add(new SkippedMember(r.id, r.name, SkipReason.inactive));
            } else {
                created.add(dto(newRecord(issueId, r, list.id, DistributionListService.effectiveCopies(m, r), in.sentOn(), in.method(), in.note())));
            }
        }
        repo.flush();
        List<KindTotal> totals = byKind(repo.issueTotals(issueId));
        return new BatchResult(list.id, created, skipped, created.stream().mapToLong(RecordDto::copies).sum(),
                totals.stream().mapToLong(KindTotal::recipients).sum(), totals.stream().mapToLong(KindTotal::copies).sum());
    }

    /** Only a published issue is handed out; taken under the issue's lock so that concurrent sendings see each other. */
    private void requireDistributable(UUID issueId) {
        BulletinIssue issue = bulletins.get(issueId);
        repo.lockIssue(issueId);
        if (issue.status != IssueStatus.published) {
            throw ProblemException.conflict("problem.conflict.distribution-not-published", issue.status);
        }
    }

    private static void checkSentOn(LocalDate sentOn) {
        if (sentOn.isAfter(ProvinceClock.today())) {
            throw ProblemException.invalidField("sentOn", "validation.sent-on-future");
        }
    }

    private DistributionRecord newRecord(UUID issueId, DistributionRecipient r, UUID listId, int copies, LocalDate sentOn,
                                         DeliveryMethod method, String note) {
        DistributionRecord rec = new DistributionRecord();
        rec.id = UUID.randomUUID();
        rec.issueId = issueId;
        rec.recipientId = r.id;
        rec.listId = listId;
        rec.recipientKind = r.kind;
        rec.recipientName = r.name;
        rec.recipientDistrict = r.district;
        rec.recipientAddress = r.address;
        rec.copies = copies;
        rec.sentOn = sentOn;
        rec.method = method;
        rec.note = SearchText.cleanOptional(note);
        rec.createdBy = user.username();
        rec.createdAt = rec.updatedAt = Instant.now();
        repo.persistRow(rec);
        audit.record(AuditLog.Action.create, ENTITY, rec.id, null, snapshot(rec));
        return rec;
    }

    /** Corrects copies, date, method or note, whatever the issue's status now (it was published when sent). */
    @Transactional
    public RecordDto update(UUID issueId, UUID recordId, String ifMatch, RecordUpdate in) {
        DistributionRecord rec = record(issueId, recordId);
        ETags.check(ifMatch, rec.version);
        checkSentOn(in.sentOn());
        var before = snapshot(rec);
        rec.copies = in.copies();
        rec.sentOn = in.sentOn();
        rec.method = in.method();
        rec.note = SearchText.cleanOptional(in.note());
        rec.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, recordId, before, snapshot(rec));
        return dto(rec);
    }

    @Transactional
    public void delete(UUID issueId, UUID recordId, String ifMatch) {
        DistributionRecord rec = record(issueId, recordId);
        changes.delete(ENTITY, recordId, rec, rec.version, ifMatch, DistributionService::snapshot);
    }

    /** The year by the month copies were sent (sentOn, the province's calendar). */
    public TotalsDto totals(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<Integer, MonthTotal> byMonth = new HashMap<>();
        for (Object[] row : repo.monthTotals(from, to)) {
            int month = ((Number) row[0]).intValue();
            byMonth.put(month, new MonthTotal(month, num(row[1]), num(row[2]), num(row[3])));
        }
        List<MonthTotal> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(byMonth.getOrDefault(m, new MonthTotal(m, 0, 0, 0)));
        }
        Object[] t = repo.periodTotal(from, to);
        return new TotalsDto(year, months, new YearTotal(num(t[0]), num(t[1]), num(t[2]), num(t[3])), byKind(repo.kindTotals(from, to)));
    }

    /** A year's totals as rows of a spreadsheet: the twelve months, the year, then each kind of recipient. */
    public List<DistributionExport.TotalRow> totalRows(int year) {
        TotalsDto t = totals(year);
        List<DistributionExport.TotalRow> rows = new ArrayList<>();
        for (MonthTotal m : t.months()) {
            rows.add(new DistributionExport.TotalRow("Tháng", "Month", String.format("Tháng %02d/%d", m.month(), year),
                    String.format("%02d/%d", m.month(), year), m.month(), m.issues(), null, m.records(), m.copies()));
        }
        rows.add(new DistributionExport.TotalRow("Cả năm", "Year", "Năm " + year, "Year " + year, null, t.total().issues(),
                t.total().recipients(), t.total().records(), t.total().copies()));
        for (KindTotal k : t.byKind()) {
            String[] label = DistributionExport.kindLabels(k.kind());
            rows.add(new DistributionExport.TotalRow("Đối tượng", "Recipient kind", label[0], label[1], null, null, k.recipients(),
                    k.records(), k.copies()));
        }
        return rows;
    }

    /** Every kind in enum order, zero where nothing went; rows are [kind, recipients, records, copies]. */
    private static List<KindTotal> byKind(List<Object[]> rows) {
        Map<RecipientKind, KindTotal> found = new EnumMap<>(RecipientKind.class);
        rows.forEach(r -> found.put((RecipientKind) r[0], new KindTotal((RecipientKind) r[0], num(r[1]), num(r[2]), num(r[3]))));
        return Arrays.stream(RecipientKind.values()).map(k -> found.getOrDefault(k, new KindTotal(k, 0, 0, 0))).toList();
    }

    private static long num(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }

    static RecordDto dto(DistributionRecord r) {
        return new RecordDto(r.id, r.issueId, r.recipientId, r.listId, r.recipientKind, r.recipientName, r.recipientDistrict, r.recipientAddress,
                r.copies, r.sentOn, r.method, r.note, r.createdBy, r.createdAt, r.updatedAt, r.version);
    }

    private static Map<String, Object> snapshot(DistributionRecord r) {
        return Snapshots.of(r, "issueId", "recipientId", "recipientName", "copies", "sentOn", "method");
    }
}
