package vn.lhh.bulletin.mapping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.lhh.bulletin.ArticleAuthor;
import vn.lhh.bulletin.BulletinArticle;
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.dto.BulletinDtos.ArticleDto;
import vn.lhh.bulletin.dto.BulletinDtos.FileDto;
import vn.lhh.bulletin.dto.BulletinDtos.IssueDto;
import vn.lhh.bulletin.dto.BulletinDtos.IssueRef;
import vn.lhh.bulletin.dto.BulletinDtos.IssueSummary;
import vn.lhh.bulletin.dto.BulletinDtos.TocEntry;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.text.SearchText;

/** Entities → API records, and the search keys the archive's word indexes are built from. */
public final class BulletinMapper {
    public static final String API = "/api/v1";

    private BulletinMapper() {
    }

    public static String month(LocalDate firstDay) {
        return YearMonth.from(firstDay).toString();
    }

    public static String issuePdfUrl(UUID id) {
        return API + "/bulletins/" + id + "/pdf";
    }

    public static String issueCoverUrl(UUID id) {
        return API + "/bulletins/" + id + "/cover";
    }

    public static String articlePdfUrl(UUID id) {
        return API + "/bulletin-articles/" + id + "/pdf";
    }

    /** Title, summary and the number as people say it ("số 11/2026", "so 11 2026"). */
    public static String issueSearchKey(BulletinIssue i) {
        YearMonth m = YearMonth.from(i.issueMonth);
        return SearchText.normalize(String.join(" ", i.title, i.summary == null ? "" : i.summary,
                "so " + i.number + " " + m.getMonthValue() + "/" + m.getYear(), "tap " + i.volume));
    }

    public static String articleSearchKey(BulletinArticle a) {
        return SearchText.normalize(String.join(" ", Stream.concat(
                Stream.of(a.title, a.abstractText == null ? "" : a.abstractText),
                Stream.concat(Arrays.stream(a.keywords), a.authors.stream().flatMap(au -> Stream.of(au.name(),
                        au.affiliation() == null ? "" : au.affiliation())))).toList()));
    }

    public static FileDto file(StoredFile f, String url) {
        return f == null ? null : new FileDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), url);
    }

    public static IssueRef ref(BulletinIssue i) {
        return new IssueRef(i.id, i.volume, i.number, month(i.issueMonth), i.title, i.status);
    }

    public static IssueSummary summary(BulletinIssue i, long articleCount) {
        return new IssueSummary(i.id, i.volume, i.number, month(i.issueMonth), i.title, i.summary, i.status, i.scheduledAt, i.publishedAt,
                articleCount, i.pdfFileId != null, i.coverFileId == null ? null : issueCoverUrl(i.id));
    }

    public static TocEntry toc(BulletinArticle a) {
        return new TocEntry(a.id, a.position, a.title, List.copyOf(a.authors), a.pageFrom, a.pageTo,
                a.pdfFileId == null ? null : articlePdfUrl(a.id));
    }

    public static IssueDto issue(BulletinIssue i, List<BulletinArticle> placed, Map<UUID, StoredFile> files, List<IssueStatus> allowed) {
        return new IssueDto(i.id, i.volume, i.number, month(i.issueMonth), i.title, i.summary, i.status, i.scheduledAt, i.publishedAt,
                i.withdrawnAt, i.withdrawReason, file(files.get(i.pdfFileId), issuePdfUrl(i.id)), file(files.get(i.coverFileId), issueCoverUrl(i.id)),
                placed.stream().map(BulletinMapper::toc).toList(), allowed, i.createdAt, i.updatedAt, i.version);
    }

    /** What a withdrawal tells: which issue, when and why; no content, no files. */
    public static IssueDto withdrawn(BulletinIssue i) {
        return new IssueDto(i.id, i.volume, i.number, month(i.issueMonth), i.title, null, i.status, null, i.publishedAt,
                i.withdrawnAt, i.withdrawReason, null, null, List.of(), List.of(), i.createdAt, i.updatedAt, i.version);
    }

    public static ArticleDto article(BulletinArticle a, BulletinIssue issue, StoredFile pdf) {
        List<ArticleAuthor> authors = List.copyOf(a.authors);
        return new ArticleDto(a.id, issue == null ? null : ref(issue), a.position, a.title, a.abstractText, List.of(a.keywords),
                a.fieldCodes.stream().sorted().toList(), authors, a.pageFrom, a.pageTo, file(pdf, articlePdfUrl(a.id)),
                a.createdAt, a.updatedAt, a.version);
    }
}
