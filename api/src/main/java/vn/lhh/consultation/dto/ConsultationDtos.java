package vn.lhh.consultation.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.consultation.AssignmentStatus;
import vn.lhh.consultation.ConsultationKind;
import vn.lhh.consultation.ConsultationStatus;
import vn.lhh.consultation.SuggestionWarning;
import vn.lhh.expert.Availability;
import vn.lhh.common.etag.VersionedRecord;

/** The consultation feature's API records. */
public final class ConsultationDtos {
    private ConsultationDtos() {
    }

    @Schema(name = "ConsultationInput", description = "A consultation as written by create (POST) and replace (PUT).")
    public record ConsultationInput(
            @NotNull @Schema(required = true) ConsultationKind kind,
            @NotBlank @Size(max = 500) @Schema(required = true, examples = "Phản biện Đề án phát triển vùng nguyên liệu cam Vinh giai đoạn 2026-2030")
            String subject,
            @Size(max = 10000) String description,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "UBND tỉnh Nghệ An") String requestingBody,
            @Size(max = 100) @Schema(examples = "1234/UBND-NN") String requestReference,
            @NotNull @Schema(required = true, examples = "2026-11-02") LocalDate requestDate,
            @NotNull @Schema(required = true, examples = "2026-12-15") LocalDate deadline,
            @Size(max = 10) @Schema(description = "Fields of expertise the consultation needs", examples = "[\"nong-nghiep\"]")
            List<@NotBlank @Size(max = 60) String> fieldCodes) {
    }

    @Schema(name = "ConsultationSummary")
    public record ConsultationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) ConsultationKind kind,
            @Schema(required = true) String subject,
            @Schema(required = true) String requestingBody,
            String requestReference,
            @Schema(required = true) LocalDate requestDate,
            @Schema(required = true) LocalDate deadline,
            @Schema(required = true) ConsultationStatus status,
            @Schema(required = true, description = "Still open after its deadline") boolean overdue,
            @Schema(required = true, description = "Assignments not declined, conflicted or withdrawn") long assignedExperts,
            @Schema(required = true) long opinionsSubmitted) {
    }

    @Schema(name = "ConsultationDocument")
    public record DocumentDto(@Schema(required = true) UUID id, @Schema(required = true) String fileName,
                              @Schema(required = true) String contentType, @Schema(required = true) int sizeBytes,
                              @Schema(required = true) String uploadedBy, @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "ConsultationAssignment", description = "An expert's part in a consultation. The opinion is visible to the office, "
            + "to its author, and to the other assigned experts only once the response is sent.")
    public record AssignmentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID consultationId,
            @Schema(required = true) UUID expertId,
            @Schema(required = true, examples = "PGS.TS. Nguyễn Văn Hùng") String expertName,
            @Schema(required = true) AssignmentStatus status,
            @Schema(required = true) LocalDate opinionDueOn,
            @Schema(required = true, description = "Open and past its due date") boolean overdue,
            Instant conflictDeclaredAt,
            @Schema(description = "Only for the office and the expert") String conflictDetails,
            Instant respondedAt,
            String declineReason,
            String opinionText,
            Instant opinionSubmittedAt,
            List<DocumentDto> opinionAttachments,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "ConsultationResponse", description = "The union's consolidated response")
    public record ResponseDto(String text, String reference, LocalDate sentOn, @Schema(required = true) List<String> sentTo, String sentBy) {
    }

    @Schema(name = "Consultation", description = "A consultation as the caller may see it. An assigned expert sees the documents only "
            + "after declaring no conflict, and only their own assignment until the response is sent.")
    public record ConsultationDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) ConsultationKind kind,
            @Schema(required = true) String subject,
            String description,
            @Schema(required = true) String requestingBody,
            String requestReference,
            @Schema(required = true) LocalDate requestDate,
            @Schema(required = true) LocalDate deadline,
            @Schema(required = true) List<String> fieldCodes,
            @Schema(required = true) ConsultationStatus status,
            String cancelReason,
            @Schema(required = true) boolean overdue,
            @Schema(description = "null while the caller may not see them (an expert before declaring no conflict)") List<DocumentDto> documents,
            @Schema(required = true) List<AssignmentDto> assignments,
            @Schema(required = true) ResponseDto response,
            @Schema(required = true, description = "The statuses the transition endpoint accepts now") List<ConsultationStatus> allowedTransitions,
            @Schema(required = true) boolean canManage,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "ConsultationTransition")
    public record TransitionInput(@NotNull @Schema(required = true) ConsultationStatus to,
                                  @Size(max = 2000) @Schema(description = "Required to cancel") String reason) {
    }

    @Schema(name = "ConsultationResponseInput", description = "The consolidated response, drafted by the office")
    public record ResponseInput(@NotBlank @Size(max = 50000) @Schema(required = true) String text,
                                @Size(max = 100) @Schema(examples = "215/LHH-TVPB") String reference) {
    }

    @Schema(name = "ConsultationSending", description = "Records that the response was sent, when and to whom")
    public record SendingInput(@NotNull @Schema(required = true, examples = "2026-12-10") LocalDate sentOn,
                               @NotEmpty @Size(max = 20) @Schema(required = true, examples = "[\"UBND tỉnh Nghệ An\", \"Sở Nông nghiệp và Môi trường\"]")
                               List<@NotBlank @Size(max = 300) String> sentTo,
                               @Size(max = 100) @Schema(examples = "215/LHH-TVPB") String reference) {
    }

    @Schema(name = "AssignmentInput")
    public record AssignmentInput(@NotNull @Schema(required = true) UUID expertId,
                                  @Schema(description = "Defaults to the consultation's deadline", examples = "2026-12-10") LocalDate opinionDueOn) {
    }

    @Schema(name = "ConflictDeclaration", description = "Declared before the documents are shown")
    public record DeclarationInput(@NotNull @Schema(required = true) Boolean hasConflict,
                                   @Size(max = 2000) @Schema(description = "Required when there is a conflict") String details) {
    }

    @Schema(name = "AssignmentAnswer")
    public record AnswerInput(@NotNull @Schema(required = true) Boolean accept,
                              @Size(max = 2000) @Schema(description = "Why the expert declines") String reason) {
    }

    @Schema(name = "OpinionInput")
    public record OpinionInput(@NotBlank @Size(max = 50000) @Schema(required = true) String text,
                               @Schema(description = "true: submit it (it is then locked); false: keep it as a draft") boolean submit) {
    }

    @Schema(name = "MyAssignment", description = "An assignment with what its expert needs to know of the consultation")
    public record MyAssignmentDto(@Schema(required = true) AssignmentDto assignment,
                                  @Schema(required = true) ConsultationSummary consultation) {
    }

    @Schema(name = "ExpertSuggestion", description = "An eligible expert, with how the score was made (0–100)")
    public record SuggestionDto(
            @Schema(required = true) UUID expertId,
            @Schema(required = true) String displayName,
            @Schema(required = true) List<String> fieldCodes,
            String organisation,
            @Schema(required = true) Availability availability,
            @Schema(required = true) long openAssignments,
            @Schema(required = true, examples = "82.5") double score,
            @Schema(required = true, description = "Points per criterion: field, qualification, availability, load") Map<String, Double> breakdown,
            @Schema(required = true, description = "Things to check before assigning: same_organisation_as_requester (the expert works "
                    + "where the request comes from), busy (free again on busyUntil)") List<SuggestionWarning> warnings,
            @Schema(description = "When busy: the date the expert is free again") LocalDate busyUntil) {
    }

    @Schema(name = "EligibilityRules", description = "The union's rules for using experts: who may be suggested for a consultation")
    public record RulesDto(
            @NotNull @Min(1) @Max(50) @Schema(required = true, description = "Open assignments at which an expert is no longer suggested", examples = "3")
            Integer maxOpenAssignments,
            @NotNull @Schema(required = true, description = "Suggest only experts sharing a field with the consultation") Boolean requireFieldMatch,
            @NotNull @Schema(required = true, description = "Lowest title or degree level per kind (see Qualification.level)",
                    examples = "{\"advice\": 30, \"critique\": 50, \"social_assessment\": 70}")
            Map<ConsultationKind, @NotNull @Min(0) @Max(100) Integer> minimumLevel,
            @NotNull @Schema(required = true, description = "Leave out experts busy until after the deadline") Boolean excludeBusyPastDeadline) {
    }

    @Schema(name = "ReviewerPoolEntry", description = "An expert's engagement and load, for the union office")
    public record PoolEntry(
            @Schema(required = true) UUID expertId,
            @Schema(required = true) String displayName,
            @Schema(required = true) Availability availability,
            @Schema(required = true, description = "Assignments still owed") long openAssignments,
            @Schema(required = true, description = "Opinions submitted, all time") long opinionsSubmitted,
            @Schema(required = true, description = "Assignments, all time") long assignments,
            @Schema(description = "Date of the latest assignment") LocalDate lastEngagedOn) {
    }
}
