package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.common.document.AdministrativeDocument.Block;
import vn.lhh.common.document.AdministrativeDocument.Signature;
import vn.lhh.common.document.Certificate;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.EntryStatus;

/**
 * The contest's formal documents, built from its results: the award decision (quyết định tặng giải)
 * with the awarded entries by category, the list of entries nominated for the national contest, and
 * the award certificates. These are the office's papers and carry the authors' names (the decision
 * is signed and sent to the schools); the public results keep their consent rule.
 */
@ApplicationScoped
public class ContestDocuments {
    private static final EnumSet<EntryStatus> AWARDED = EnumSet.of(EntryStatus.awarded, EntryStatus.nominated);

    @Inject
    ContestRepository contest;
    @Inject
    JudgeService judges;
    @Inject
    EntryService entries;
    @Inject
    CurrentUser user;
    @ConfigProperty(name = "lhh.union.name")
    String unionName;
    @ConfigProperty(name = "lhh.union.place")
    String place;
    @ConfigProperty(name = "lhh.union.signer-title")
    String signerTitle;

    public record Certificates(String title, List<Certificate> certificates, String fileName) {
    }

    /** The award decision of an edition (office only); 409 while no entry is awarded. */
    @Transactional
    public AdministrativeDocument awardDecision(UUID editionId, String number) {
        ContestEdition e = judges.edition(editionId);
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(unionName.toUpperCase(Locale.ROOT), true, false, true));
        body.add(Block.paragraph("Căn cứ Điều lệ và Quy chế hoạt động của Liên hiệp hội;"));
        body.add(Block.paragraph("Căn cứ Thể lệ " + e.name + ";"));
        body.add(Block.paragraph("Xét đề nghị của Ban Giám khảo và Ban Tổ chức Cuộc thi,"));
        body.add(Block.paragraph("QUYẾT ĐỊNH:", true, false, true));
        int count = 0;
        List<Block> tables = new ArrayList<>();
        for (ContestCategory c : contest.categoriesOf(editionId)) {
            List<ContestEntry> awarded = awarded(c);
            if (awarded.isEmpty()) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ContestEntry x : awarded) {
                rows.add(List.of(Integer.toString(++count), x.code(e.year), x.title, authors(x), nz(x.school), NominationExport.award(x.award, x.awardName)));
            }
            tables.add(Block.heading("Lĩnh vực: " + c.name));
            tables.add(Block.table(List.of("STT", "Mã bài", "Tên bài dự thi", "Tác giả", "Trường", "Giải"), rows, List.of(8, 13, 27, 22, 16, 14)));
        }
        if (count == 0) {
            throw ProblemException.conflict("problem.conflict.contest-no-awards");
        }
        body.add(Block.paragraph("Điều 1. Tặng giải " + e.name + " cho " + count + " bài dự thi có tên trong danh sách dưới đây."));
        body.addAll(tables);
        body.add(Block.paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."));
        body.add(Block.paragraph("Điều 3. Văn phòng, Ban Tổ chức Cuộc thi, các đơn vị phối hợp và các tác giả có tên tại Điều 1 chịu trách nhiệm thi hành "
                + "Quyết định này."));
        List<String> recipients = new ArrayList<>();
        recipients.add("Như Điều 3");
        recipients.addAll(List.of(e.coOrganisers));
        recipients.add("Lưu: VT");
        return new AdministrativeDocument("Quyết định tặng giải " + e.year, unionName, number == null ? "…/QĐ-LHH" : number, place, date(e),
                "QUYẾT ĐỊNH", "Về việc tặng giải " + e.name, List.of(), body, Signature.of(signerTitle, ""), recipients, false);
    }

    /** The entries nominated for the national contest as a list sent with the union's letter (office only), landscape for its columns. */
    @Transactional
    public AdministrativeDocument nominationList(UUID editionId, String number) {
        ContestEdition e = judges.edition(editionId);
        List<List<String>> rows = new ArrayList<>();
        for (ContestCategory c : contest.categoriesOf(editionId)) {
            for (ContestEntry x : contest.entriesOf(c.id, EnumSet.of(EntryStatus.nominated))) {
                rows.add(List.of(Integer.toString(rows.size() + 1), x.code(e.year), x.title, c.name, authorsWithSchools(x),
                        x.supervisor == null ? "" : x.supervisor.fullName(), NominationExport.award(x.award, x.awardName), nz(x.nominationNote)));
            }
        }
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("Liên hiệp hội trân trọng gửi danh sách " + rows.size() + " bài dự thi đạt giải cấp tỉnh của " + e.name
                + " được đề cử tham dự Cuộc thi toàn quốc:"));
        body.add(Block.table(List.of("STT", "Mã bài", "Tên bài dự thi", "Lĩnh vực", "Tác giả, trường", "Giáo viên hướng dẫn", "Giải cấp tỉnh", "Ghi chú"),
                rows, List.of(5, 10, 22, 12, 22, 12, 9, 8)));
        return new AdministrativeDocument("Danh sách đề cử " + e.year, unionName, number == null ? "…/DS-LHH" : number, place, date(e), "DANH SÁCH",
                "Bài dự thi đề cử tham dự Cuộc thi toàn quốc năm " + e.year, List.of(), body, Signature.of(signerTitle, ""),
                List.of("Ban Tổ chức Cuộc thi toàn quốc", "Lưu: VT"), true);
    }

    /** Every awarded entry's certificate, in category then award order (office only). */
    @Transactional
    public Certificates editionCertificates(UUID editionId) {
        ContestEdition e = judges.edition(editionId);
        List<Certificate> list = new ArrayList<>();
        for (ContestCategory c : contest.categoriesOf(editionId)) {
            for (ContestEntry x : awarded(c)) {
                list.add(certificate(e, c, x));
            }
        }
        if (list.isEmpty()) {
            throw ProblemException.conflict("problem.conflict.contest-no-awards");
        }
        return new Certificates("Giấy chứng nhận " + e.name, list, "giay-chung-nhan-" + e.year);
    }

    /** One entry's certificate: the office, or the coordinator who registered the entry once the results are published. */
    @Transactional
    public Certificates entryCertificate(UUID entryId) {
        ContestEntry x = entries.get(entryId);
        ContestEdition e = judges.edition(x.editionId);
        if (x.award == null || !AWARDED.contains(x.status)) {
            throw ProblemException.conflict("problem.conflict.contest-entry-not-awarded", x.code(e.year));
        }
        if (!user.isStaffOrAdmin() && e.resultsPublishedAt == null) {
            throw ProblemException.conflict("problem.conflict.contest-results-not-published");
        }
        ContestCategory c = contest.categoriesOf(e.id).stream().filter(k -> k.id.equals(x.categoryId)).findFirst().orElseThrow();
        return new Certificates("Giấy chứng nhận " + x.code(e.year), List.of(certificate(e, c, x)), "giay-chung-nhan-" + x.code(e.year));
    }

    private Certificate certificate(ContestEdition e, ContestCategory c, ContestEntry x) {
        List<String> details = new ArrayList<>();
        details.add(nz(x.school) + (x.district == null ? "" : ", " + x.district));
        details.add("Bài dự thi: " + x.title + " (lĩnh vực " + c.name + ")");
        return new Certificate(unionName, "GIẤY CHỨNG NHẬN", x.authors.stream().map(EntryAuthor::fullName).toList(), details,
                "Đạt " + NominationExport.award(x.award, x.awardName), e.name, "Mã bài: " + x.code(e.year), place, date(e), Signature.of(signerTitle, ""));
    }

    private List<ContestEntry> awarded(ContestCategory c) {
        return contest.entriesOf(c.id, AWARDED).stream().filter(x -> x.award != null)
                .sorted(Comparator.comparing((ContestEntry x) -> x.award.ordinal()).thenComparingInt(x -> x.number)).toList();
    }

    private static LocalDate date(ContestEdition e) {
        return e.resultsDate != null ? e.resultsDate : ProvinceClock.today();
    }

    private static String authors(ContestEntry x) {
        return String.join("\n", x.authors.stream().map(EntryAuthor::fullName).toList());
    }

    private static String authorsWithSchools(ContestEntry x) {
        return String.join("\n", x.authors.stream().map(a -> a.fullName() + " (" + a.school() + ")").toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
