package vn.lhh.bulletin.distribution.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.bulletin.distribution.DeliveryMethod;
import vn.lhh.bulletin.distribution.RecipientKind;
import vn.lhh.bulletin.dto.BulletinDtos.IssueRef;
import vn.lhh.common.etag.VersionedRecord;

/** The bulletin distribution feature's API records. */
public final class DistributionDtos {
    public static final int MAX_COPIES = 1000;

    private DistributionDtos() {
    }

    @Schema(name = "DistributionRecipientInput", description = "A recipient as written by create (POST) and replace (PUT).")
    public record RecipientInput(
            @NotNull @Schema(required = true) RecipientKind kind,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "UBND xã Nghi Phong") String name,
            @Size(max = 200) @Schema(description = "Required for commune, ward and town", examples = "Nghi Lộc") String district,
            @NotBlank @Size(max = 500) @Schema(required = true, examples = "Xóm 5, xã Nghi Phong, huyện Nghi Lộc, Nghệ An") String address,
            @Size(max = 200) @Schema(examples = "Nguyễn Thị Hoa") String contactPerson,
            @Pattern(regexp = "^[0-9 +().-]{6,50}$", message = "{validation.phone}") @Schema(examples = "0238 3861 234") String phone,
            @Min(1) @Max(MAX_COPIES) @Schema(description = "Copies per issue; default 1", examples = "2", minimum = "1", maximum = "1000") Integer copies,
            @Schema(description = "Inactive recipients are kept for the records but left out when sending to a list; default true") Boolean active,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DistributionRecipient", description = "Someone the bulletin is given to free of charge")
    public record RecipientDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) RecipientKind kind,
            @Schema(required = true) String name,
            String district,
            @Schema(required = true) String address,
            String contactPerson,
            String phone,
            @Schema(required = true, description = "Copies per issue") int copies,
            @Schema(required = true) boolean active,
            String note,
            @Schema(required = true, description = "Issues recorded as sent to this recipient; while above 0 it cannot be deleted, only deactivated")
            long recordCount,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "DistributionListMemberInput")
    public record MemberInput(@NotNull @Schema(required = true) UUID recipientId,
                              @Min(1) @Max(MAX_COPIES) @Schema(description = "Overrides the recipient's copies for this list", minimum = "1", maximum = "1000")
                              Integer copies) {
    }

    @Schema(name = "DistributionListInput", description = "A list as written by create (POST) and replace (PUT); members in the order sent")
    public record ListInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Xã, phường, thị trấn") String name,
            @Size(max = 2000) String description,
            @NotNull @Size(max = 2000) @Schema(required = true) List<@Valid @NotNull MemberInput> members) {
    }

    @Schema(name = "DistributionListMember", description = "A recipient on a list, as it is now")
    public record MemberDto(
            @Schema(required = true) UUID recipientId,
            @Schema(required = true) RecipientKind kind,
            @Schema(required = true) String name,
            String district,
            @Schema(required = true) boolean active,
            @Schema(description = "The list's override, if any") Integer copies,
            @Schema(required = true, description = "What a sending to the list gives this member") int effectiveCopies) {
    }

    @Schema(name = "DistributionListSummary")
    public record ListSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) int memberCount,
            @Schema(required = true, description = "Members a sending reaches (the active ones)") int activeMemberCount,
            @Schema(required = true, description = "Copies a sending to the list takes") long copies,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) {
    }

    @Schema(name = "DistributionList", description = "A named list of recipients sent to in one go")
    public record ListDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) List<MemberDto> members,
            @Schema(required = true) int activeMemberCount,
            @Schema(required = true, description = "Copies a sending to the list takes") long copies,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "DistributionRecordInput", description = "Copies of the issue sent to one recipient")
    public record RecordInput(
            @NotNull @Schema(required = true) UUID recipientId,
            @Min(1) @Max(MAX_COPIES) @Schema(description = "Default: the recipient's copies", minimum = "1", maximum = "1000") Integer copies,
            @NotNull @Schema(required = true, examples = "2026-11-05", description = "Not in the future") LocalDate sentOn,
            @NotNull @Schema(required = true) DeliveryMethod method,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DistributionRecordUpdate", description = "A correction of a record; the recipient stays (delete the record to change it)")
    public record RecordUpdate(
            @NotNull @Min(1) @Max(MAX_COPIES) @Schema(required = true, minimum = "1", maximum = "1000") Integer copies,
            @NotNull @Schema(required = true, examples = "2026-11-05") LocalDate sentOn,
            @NotNull @Schema(required = true) DeliveryMethod method,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DistributionBatchInput", description = "Sends the issue to every active member of a list")
    public record BatchInput(
            @NotNull @Schema(required = true) UUID listId,
            @NotNull @Schema(required = true, examples = "2026-11-05", description = "Not in the future") LocalDate sentOn,
            @NotNull @Schema(required = true) DeliveryMethod method,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DistributionRecord", description = "Copies of an issue sent to a recipient; the recipient's details as they were when sent")
    public record RecordDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID issueId,
            @Schema(required = true) UUID recipientId,
            @Schema(description = "The list it was sent with, if any (null once that list is deleted)") UUID listId,
            @Schema(required = true) RecipientKind recipientKind,
            @Schema(required = true) String recipientName,
            String recipientDistrict,
            @Schema(required = true) String recipientAddress,
            @Schema(required = true) int copies,
            @Schema(required = true) LocalDate sentOn,
            @Schema(required = true) DeliveryMethod method,
            String note,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "DistributionKindTotal", description = "What went to one kind of recipient")
    public record KindTotal(@Schema(required = true) RecipientKind kind,
                            @Schema(required = true, description = "Distinct recipients") long recipients,
                            @Schema(required = true) long records,
                            @Schema(required = true) long copies) {
    }

    @Schema(name = "IssueDistribution", description = "An issue's distribution: totals over all its records, and one page of them")
    public record IssueDistributionDto(
            @Schema(required = true) IssueRef issue,
            @Schema(required = true, description = "Recipients the issue was sent to") long recipients,
            @Schema(required = true) long copies,
            @Schema(required = true, description = "Every kind, in a fixed order") List<KindTotal> byKind,
            @Schema(required = true) List<RecordDto> items,
            @Schema(required = true, examples = "1") int page,
            @Schema(required = true, examples = "20") int size,
            @Schema(required = true, description = "Records matching the filters, over all pages") long total) {
    }

    @Schema(name = "DistributionSkipReason")
    public enum SkipReason { already_recorded, inactive }

    @Schema(name = "DistributionSkippedMember", description = "A list member no record was made for, and why")
    public record SkippedMember(@Schema(required = true) UUID recipientId, @Schema(required = true) String recipientName,
                                @Schema(required = true) SkipReason reason) {
    }

    @Schema(name = "DistributionBatchResult", description = "What sending to a list recorded, what it skipped, and the issue's totals after it")
    public record BatchResult(
            @Schema(required = true) UUID listId,
            @Schema(required = true) List<RecordDto> created,
            @Schema(required = true) List<SkippedMember> skipped,
            @Schema(required = true, description = "Copies in the created records") long createdCopies,
            @Schema(required = true, description = "The issue's recipients after the batch") long issueRecipients,
            @Schema(required = true, description = "The issue's copies after the batch") long issueCopies) {
    }

    @Schema(name = "DistributionMonthTotal", description = "Records sent in one month of the year")
    public record MonthTotal(@Schema(required = true, examples = "11", minimum = "1", maximum = "12") int month,
                             @Schema(required = true, description = "Distinct issues sent") long issues,
                             @Schema(required = true) long records,
                             @Schema(required = true) long copies) {
    }

    @Schema(name = "DistributionYearTotal")
    public record YearTotal(@Schema(required = true, description = "Distinct issues sent") long issues,
                            @Schema(required = true, description = "Distinct recipients") long recipients,
                            @Schema(required = true) long records,
                            @Schema(required = true) long copies) {
    }

    @Schema(name = "DistributionTotals", description = "A year's distribution by the month it was sent (sentOn), with the year's total and per kind")
    public record TotalsDto(@Schema(required = true, examples = "2026") int year,
                            @Schema(required = true, description = "Always 12 rows, January first") List<MonthTotal> months,
                            @Schema(required = true) YearTotal total,
                            @Schema(required = true, description = "Every kind, in a fixed order") List<KindTotal> byKind) {
    }
}
