package vn.lhh.registry.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.registry.DocumentDirection;
import vn.lhh.registry.DocumentType;
import vn.lhh.common.etag.VersionedRecord;

/** The document registry's API records. */
public final class RegistryDtos {
    private RegistryDtos() {
    }

    @Schema(name = "DocumentRecipient", description = "Nơi nhận: a body by name; one of the member associations when associationId is set "
            + "(that association's officers may then read the document)")
    public record RecipientDto(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Hội Y học Nghệ An") String name,
            @Schema(description = "The member association this recipient is") UUID associationId) {
    }

    @Schema(name = "OfficialDocumentInput", description = "A document as written by register (POST) and replace (PUT). Direction, type and the "
            + "year of the document date decide the number and cannot change once it is given.")
    public record DocumentInput(
            @NotNull @Schema(required = true) DocumentDirection direction,
            @NotNull @Schema(required = true) DocumentType type,
            @NotNull @Schema(required = true, description = "Ngày ban hành: the date on the document; not in the future", examples = "2019-12-23")
            LocalDate documentDate,
            @Schema(description = "Incoming only, required there: the day it reached the union (ngày đến); not before the document date, not in the future",
                    examples = "2026-03-02") LocalDate receivedOn,
            @Size(max = 100) @Schema(description = "Incoming only, required there: the sender's number and symbol", examples = "245/UBND-KGVX")
            String senderSymbol,
            @Size(max = 20) @Pattern(regexp = "^[\\p{L}\\p{N}]{1,20}$", message = "{validation.drafting-unit}")
            @Schema(description = "Outgoing only: the drafting unit's abbreviation, written after the union's in official letters (123/LHH-VP)",
                    examples = "VP") String draftingUnit,
            @NotBlank @Size(max = 1000) @Schema(required = true, description = "Trích yếu: what the document is about",
                    examples = "Chương trình hoạt động của Liên hiệp các hội KH&KT Nghệ An khóa VI, nhiệm kỳ 2019-2024") String subject,
            @Size(max = 200) @Schema(description = "Người ký", examples = "Nguyễn Văn A") String signer,
            @Size(max = 200) @Schema(description = "The signer's title", examples = "Chủ tịch") String signerTitle,
            @Size(max = 300) @Schema(description = "Cơ quan ban hành. Incoming: required (the sender); outgoing: the union when left out",
                    examples = "UBND tỉnh Nghệ An") String issuingBody,
            @Valid @Size(max = 100) @Schema(description = "Nơi nhận") List<@NotNull RecipientDto> recipients,
            @Size(max = 2000) String note,
            @Schema(description = "The program task the document concerns") UUID programTaskId,
            @Schema(description = "The consultation it concerns") UUID consultationId,
            @Schema(description = "The bulletin issue it concerns") UUID bulletinIssueId,
            @Schema(description = "The contest edition it concerns") UUID contestEditionId) {
    }

    @Schema(name = "DocumentFile", description = "The attached file (the signed scan or the document itself)")
    public record FileDto(@Schema(required = true) UUID id, @Schema(required = true, examples = "106-CTr-LHH.pdf") String fileName,
                          @Schema(required = true, examples = "application/pdf") String contentType,
                          @Schema(required = true, examples = "182044") long sizeBytes) {
    }

    @Schema(name = "DocumentLink", description = "A record the document concerns, with its title; title is null when the record no longer exists")
    public record LinkDto(@Schema(required = true) UUID id, @Schema(examples = "Tập san số 11/2026") String title) {
    }

    @Schema(name = "OfficialDocumentSummary", description = "A line of the registry")
    public record DocumentSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) DocumentDirection direction,
            @Schema(required = true) DocumentType type,
            @Schema(required = true, description = "Outgoing: the number in the symbol; incoming: the registry entry number (số đến)", examples = "106")
            int number,
            @Schema(required = true, examples = "2019") int year,
            @Schema(required = true, description = "Outgoing: given by the system; incoming: the sender's", examples = "106/CTr-LHH") String symbol,
            @Schema(required = true) LocalDate documentDate,
            LocalDate receivedOn,
            @Schema(required = true) String subject,
            String signer,
            @Schema(required = true) String issuingBody,
            @Schema(required = true) boolean hasFile,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "OfficialDocument", description = "An official document of the registry")
    public record DocumentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) DocumentDirection direction,
            @Schema(required = true) DocumentType type,
            @Schema(required = true, examples = "Chương trình") String typeName,
            @Schema(required = true, examples = "106") int number,
            @Schema(required = true, examples = "2019") int year,
            @Schema(required = true, examples = "106/CTr-LHH") String symbol,
            @Schema(required = true) LocalDate documentDate,
            LocalDate receivedOn,
            String draftingUnit,
            @Schema(required = true) String subject,
            String signer,
            String signerTitle,
            @Schema(required = true) String issuingBody,
            @Schema(required = true) List<RecipientDto> recipients,
            String note,
            FileDto file,
            LinkDto programTask,
            LinkDto consultation,
            LinkDto bulletinIssue,
            LinkDto contestEdition,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "DocumentTypeInfo", description = "A document type with its abbreviation in symbols")
    public record TypeDto(@Schema(required = true) DocumentType type, @Schema(required = true, examples = "CTr") String code,
                          @Schema(required = true, examples = "Chương trình") String nameVi,
                          @Schema(required = true, examples = "Program") String nameEn) {
    }

    @Schema(name = "DocumentNumbering", description = "The numbering the registry uses")
    public record NumberingDto(@Schema(required = true, examples = "LHH", description = "The union's abbreviation in symbols") String unionAbbreviation,
                               @Schema(required = true) List<TypeDto> types) {
    }
}
