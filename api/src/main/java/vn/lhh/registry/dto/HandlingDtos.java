package vn.lhh.registry.dto;

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
import vn.lhh.common.etag.Versioned;
import vn.lhh.registry.HandlingState;

/** The API records of the handling of incoming documents (xử lý văn bản đến). */
public final class HandlingDtos {
    private HandlingDtos() {
    }

    @Schema(name = "DocumentAssignmentInput", description = "Giao xử lý: the handlers (office users, by username), the lead among them, the "
            + "leader's instruction (bút phê) and the deadline. Written again, it replaces the handlers; the reports of those who stay are kept.")
    public record AssignmentInput(
            @NotEmpty @Size(max = 20) @Schema(required = true, description = "Usernames of office users (staff, admin)", examples = "[\"staff\", \"staff2\"]")
            List<@NotBlank @Size(max = 200) String> handlers,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "One of the handlers: reports for all and marks the document done",
                    examples = "staff") String leadHandler,
            @Size(max = 4000) @Schema(description = "Bút phê: the leader's instruction",
                    examples = "Giao Văn phòng chủ trì, phối hợp Ban Khoa học tham mưu văn bản trả lời.") String instruction,
            @NotNull @Schema(required = true, description = "Hạn xử lý: today or later (Asia/Ho_Chi_Minh)", examples = "2026-12-31") LocalDate deadline) {
    }

    @Schema(name = "DocumentHandlingTransitionInput", description = "A move of the handling: in_progress (a handler starts), done (the lead handler, "
            + "after their report), filed (the office: filed without action, with a reason)")
    public record TransitionInput(
            @NotNull @Schema(required = true, examples = "done") HandlingState to,
            @Size(max = 2000) @Schema(description = "Required to file without action", examples = "Văn bản để biết, không yêu cầu trả lời.") String reason) {
    }

    @Schema(name = "DocumentHandlingReportInput", description = "A handler's report (báo cáo kết quả xử lý)")
    public record ReportInput(
            @NotBlank @Size(max = 10000) @Schema(required = true, examples = "Đã dự thảo công văn trả lời số 12/LHH-VP, trình lãnh đạo ký.")
            String report) {
    }

    @Schema(name = "DocumentHandlingAnswerInput", description = "The outgoing document of the registry that answers this one; null unlinks it")
    public record AnswerInput(@Schema(description = "An outgoing document's id") UUID outgoingDocumentId) {
    }

    @Schema(name = "DocumentHandlingAttachment", description = "A file a handler attached to the handling")
    public record AttachmentDto(@Schema(required = true) UUID id, @Schema(required = true, examples = "du-thao-tra-loi.pdf") String fileName,
                                @Schema(required = true, examples = "application/pdf") String contentType,
                                @Schema(required = true, examples = "18204") long sizeBytes,
                                @Schema(required = true, examples = "staff") String uploadedBy,
                                @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "DocumentHandler", description = "A handler of the document with their report and files")
    public record HandlerDto(@Schema(required = true, examples = "staff") String username,
                             @Schema(required = true, examples = "Nguyễn Thị Lan") String displayName,
                             @Schema(required = true) boolean lead,
                             String report,
                             Instant reportedAt,
                             @Schema(required = true) List<AttachmentDto> attachments) {
    }

    @Schema(name = "DocumentHandlingAnswer", description = "The outgoing document that answers")
    public record AnswerDto(@Schema(required = true) UUID id, @Schema(required = true, examples = "12/LHH-VP") String symbol,
                            @Schema(required = true) String subject, @Schema(required = true) LocalDate documentDate) {
    }

    @Schema(name = "DocumentHandling", description = "The handling of an incoming document. Seen by the office (staff, admin), the handlers among them.")
    public record HandlingDto(
            @Schema(required = true) UUID documentId,
            @Schema(required = true, examples = "in_progress") HandlingState state,
            @Schema(required = true, description = "The moves the transitions endpoint accepts now (assigned is reached by writing the assignment)")
            List<HandlingState> allowedMoves,
            String instruction,
            LocalDate deadline,
            @Schema(required = true, description = "Past the deadline and neither done nor filed (Asia/Ho_Chi_Minh)") boolean overdue,
            String leadHandler,
            @Schema(required = true) List<HandlerDto> handlers,
            AnswerDto answer,
            String filedReason,
            String assignedBy,
            Instant assignedAt,
            String closedBy,
            Instant closedAt,
            @Schema(required = true, examples = "3") long version) implements Versioned {
    }

    @Schema(name = "DocumentHandlingLine", description = "An incoming document in the handling lists")
    public record HandlingLine(
            @Schema(required = true) UUID documentId,
            @Schema(required = true, description = "The registry entry number (số đến)", examples = "15") int number,
            @Schema(required = true, examples = "2026") int year,
            @Schema(required = true, description = "The sender's number and symbol", examples = "245/UBND-KGVX") String symbol,
            @Schema(required = true) String subject,
            @Schema(required = true) String issuingBody,
            LocalDate receivedOn,
            @Schema(required = true) HandlingState state,
            LocalDate deadline,
            @Schema(required = true) boolean overdue,
            String leadHandler,
            @Schema(required = true, description = "Usernames, the lead first") List<String> handlers) {
    }

    @Schema(name = "DocumentHandlingEvent", description = "One step of the handling's history, from the audit log")
    public record HistoryEntry(
            @Schema(required = true) Instant occurredAt,
            @Schema(required = true, examples = "staff") String actor,
            @Schema(required = true, description = "assigned, reassigned, started, reported, attached, answer-linked, answer-unlinked, done, filed",
                    examples = "assigned") String event,
            @Schema(description = "What the step wrote (handlers, deadline, state, file...)") Map<String, Object> details) {
    }

    @Schema(name = "HandlerCandidate", description = "An office user who may be given documents to handle")
    public record CandidateDto(@Schema(required = true, examples = "staff2") String username,
                               @Schema(required = true, examples = "Hồ Minh Tuấn") String displayName) {
    }
}
