package vn.lhh.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.common.document.AdministrativeDocument.Block;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.registry.DocumentDirection;
import vn.lhh.registry.DocumentType;
import vn.lhh.registry.OfficialDocument;

/**
 * An outgoing document of the registry laid out as the formal document from its registered fields
 * (number and symbol, date, type, subject, recipients, signer), so a draft can be printed, or opened
 * in Word and completed, before it is sent. The registry holds no body text: the note, if any, is
 * the body; otherwise a placeholder marks where the text goes.
 */
@ApplicationScoped
public class RegistryPrintout {
    static final String BODY_PLACEHOLDER = "[Nội dung văn bản]";

    @Inject
    RegistryService registry;
    @ConfigProperty(name = "lhh.union.place")
    String place;
    @ConfigProperty(name = "lhh.union.signer-title")
    String defaultSignerTitle;

    public record Printout(AdministrativeDocument document, String fileName) {
    }

    /** Whoever may read the document may print it (the same "not found" otherwise); an incoming document is 409. */
    @Transactional
    public Printout printout(UUID id) {
        OfficialDocument d = registry.get(id);
        if (d.direction != DocumentDirection.outgoing) {
            throw ProblemException.conflict("problem.conflict.document-incoming-printout", d.symbol);
        }
        boolean letter = d.type == DocumentType.official_letter;
        List<String> names = d.recipients.stream().map(r -> r.name).toList();
        List<Block> body = new ArrayList<>(Block.paragraphs(d.note));
        if (body.isEmpty()) {
            body.add(Block.paragraph(BODY_PLACEHOLDER, false, true, false));
        }
        List<String> recipients = new ArrayList<>();
        if (letter && !names.isEmpty()) {
            recipients.add("Như trên");
        } else {
            recipients.addAll(names);
        }
        recipients.add(d.draftingUnit == null || d.draftingUnit.isBlank() ? "Lưu: VT" : "Lưu: VT, " + d.draftingUnit);
        String signerTitle = d.signerTitle == null || d.signerTitle.isBlank() ? defaultSignerTitle : d.signerTitle;
        AdministrativeDocument doc = new AdministrativeDocument(d.type.nameVi + " " + d.symbol, d.issuingBody, d.symbol, place, d.documentDate,
                letter ? null : d.type.nameVi.toUpperCase(Locale.ROOT), d.subject, letter ? names : List.of(), body,
                AdministrativeDocument.Signature.of(signerTitle, d.signer), recipients, false);
        return new Printout(doc, d.symbol.replaceAll("[/\\\\\\s]+", "-"));
    }
}
