package vn.lhh.common.document;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/**
 * An award certificate (giấy chứng nhận), one A4 landscape page: the issuing body, the national
 * title and motto, the heading, who receives it and for what, the decision it follows from, place
 * and date, and the signature block.
 *
 * @param recipients  the awarded persons' names (an entry's authors), one per line
 * @param details     lines under the names (the school, the entry's title)
 * @param award       the award as the decision names it ("Giải Nhất")
 * @param reason      what it is awarded for ("Cuộc thi Sáng tạo Thanh thiếu niên, Nhi đồng tỉnh Nghệ An lần thứ 12, năm 2026")
 * @param reference   the decision and the certificate's number ("Quyết định số 12/QĐ-LHH …", "Số: 2026-A-003")
 */
@TemplateData
public record Certificate(String issuingBody, String heading, List<String> recipients, List<String> details, String award, String reason,
                          String reference, String place, LocalDate date, AdministrativeDocument.Signature signature) {
    public Certificate {
        recipients = List.copyOf(recipients);
        details = details == null ? List.of() : List.copyOf(details);
    }

    public String placeAndDate() {
        return VietnameseDates.placeAndDate(place, date);
    }
}
