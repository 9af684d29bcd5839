package vn.lhh.consultation.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationKind;

/** The union's consolidated response to a consultation, as an official letter (công văn). */
final class ResponseDocument {
    private static final Map<ConsultationKind, String> KIND_VI = Map.of(
            ConsultationKind.advice, "tư vấn", ConsultationKind.critique, "phản biện", ConsultationKind.social_assessment, "giám định xã hội");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ResponseDocument() {
    }

    static String render(Consultation c, List<String> experts, LocalDate today, String unionName, String place, String signerTitle) {
        LocalDate date = c.responseSentOn != null ? c.responseSentOn : today;
        String number = c.responseReference != null ? c.responseReference : "……/LHH";
        StringBuilder sb = AdministrativeDocument.begin("Ý kiến " + KIND_VI.get(c.kind), unionName, number, place, date);
        sb.append("<p><i>V/v ý kiến ").append(KIND_VI.get(c.kind)).append(": ").append(AdministrativeDocument.esc(c.subject)).append("</i></p>");
        sb.append("<p class=\"sub\">Kính gửi: ").append(AdministrativeDocument.esc(c.requestingBody)).append("</p>");
        sb.append("<p>Thực hiện đề nghị của ").append(AdministrativeDocument.esc(c.requestingBody));
        if (c.requestReference != null) {
            sb.append(" tại văn bản số ").append(AdministrativeDocument.esc(c.requestReference));
        }
        sb.append(" ngày ").append(DATE.format(c.requestDate)).append(" về việc ").append(AdministrativeDocument.esc(c.subject))
                .append(", ").append(AdministrativeDocument.esc(unionName.toLowerCase(java.util.Locale.ROOT).startsWith("liên hiệp") ? "Liên hiệp hội" : unionName))
                .append(" đã tổ chức lấy ý kiến ").append(KIND_VI.get(c.kind)).append(" của các chuyên gia");
        if (experts.isEmpty()) {
            sb.append(".</p>");
        } else {
            sb.append(":</p><ul>");
            experts.forEach(e -> sb.append("<li>").append(AdministrativeDocument.esc(e)).append("</li>"));
            sb.append("</ul>");
        }
        sb.append("<p>Trên cơ sở ý kiến của các chuyên gia, Liên hiệp hội có ý kiến như sau:</p>");
        sb.append(AdministrativeDocument.paragraphs(c.responseText));
        List<String> recipients = new ArrayList<>();
        recipients.add("Như trên");
        for (String to : c.responseSentTo) {
            if (!to.equals(c.requestingBody)) {
                recipients.add(to);
            }
        }
        recipients.add("Lưu: VT");
        return AdministrativeDocument.end(sb, recipients, signerTitle, "");
    }
}
