package vn.lhh.consultation.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.common.document.AdministrativeDocument.Block;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationKind;

/** The union's consolidated response to a consultation, as an official letter (công văn): "V/v …" under the number, "Kính gửi". */
final class ResponseDocument {
    private static final Map<ConsultationKind, String> KIND_VI = Map.of(
            ConsultationKind.advice, "tư vấn", ConsultationKind.critique, "phản biện", ConsultationKind.social_assessment, "giám định xã hội");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ResponseDocument() {
    }

    static AdministrativeDocument render(Consultation c, List<String> experts, LocalDate today, String unionName, String place, String signerTitle) {
        LocalDate date = c.responseSentOn != null ? c.responseSentOn : today;
        String number = c.responseReference != null ? c.responseReference : "……/LHH";
        String kind = KIND_VI.get(c.kind);
        List<Block> body = new ArrayList<>();
        String union = unionName.toLowerCase(Locale.ROOT).startsWith("liên hiệp") ? "Liên hiệp hội" : unionName;
        String intro = "Thực hiện đề nghị của " + c.requestingBody + (c.requestReference != null ? " tại văn bản số " + c.requestReference : "")
                + " ngày " + DATE.format(c.requestDate) + " về việc " + c.subject + ", " + union + " đã tổ chức lấy ý kiến " + kind
                + " của các chuyên gia" + (experts.isEmpty() ? "." : ":");
        body.add(Block.paragraph(intro));
        if (!experts.isEmpty()) {
            body.add(Block.list(experts));
        }
        body.add(Block.paragraph("Trên cơ sở ý kiến của các chuyên gia, Liên hiệp hội có ý kiến như sau:"));
        body.addAll(Block.paragraphs(c.responseText));
        List<String> recipients = new ArrayList<>();
        recipients.add("Như trên");
        for (String to : c.responseSentTo) {
            if (!to.equals(c.requestingBody)) {
                recipients.add(to);
            }
        }
        recipients.add("Lưu: VT");
        return new AdministrativeDocument("Ý kiến " + kind, unionName, number, place, date, null, "ý kiến " + kind + ": " + c.subject,
                List.of(c.requestingBody), body, AdministrativeDocument.Signature.of(signerTitle, ""), recipients, false);
    }
}
