package vn.lhh.program.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.program.ItemKind;
import vn.lhh.program.ProgramStatus;
import vn.lhh.program.TaskStatus;
import vn.lhh.program.importing.ParsedProgram;
import vn.lhh.common.etag.VersionedRecord;

/** The program feature's API records. */
public final class ProgramDtos {
    private ProgramDtos() {
    }

    @Schema(name = "ProgramSummary")
    public record ProgramSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "CHƯƠNG TRÌNH HOẠT ĐỘNG CỦA LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN KHÓA VI, NHIỆM KỲ 2019-2024") String title,
            @Schema(required = true, examples = "VI") String termLabel,
            @Schema(required = true, examples = "2019") int startYear,
            @Schema(required = true, examples = "2024") int endYear,
            @Schema(required = true, examples = "106/CTr-LHH") String documentNumber,
            @Schema(examples = "2019-12-23") LocalDate documentDate,
            @Schema(required = true) ProgramStatus status,
            @Schema(required = true, examples = "0") long version) {
    }

    @Schema(name = "ProgramTaskBrief", description = "A tracked task as shown in the program's structure.")
    public record TaskBrief(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "2021") int year,
            @Schema(required = true) TaskStatus status,
            @Schema(examples = "60") Integer latestPercent,
            @Schema(required = true, description = "Still open after its planned end") boolean late) {
    }

    @Schema(name = "ProgramItem", description = "One item of the document, text verbatim.")
    public record ItemDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) ItemKind kind,
            @Schema(required = true, examples = "3") String label,
            @Schema(required = true) String text,
            @Schema(examples = "2020") Integer year,
            @Schema(required = true) List<ItemDto> subItems,
            @Schema(required = true, description = "Tracked tasks (one per year for a regular task)") List<TaskBrief> tasks) {
    }

    @Schema(name = "ProgramYear")
    public record YearDto(@Schema(required = true, examples = "2020") int year, @Schema(required = true) List<ItemDto> items) {
    }

    @Schema(name = "ProgramDetail", description = "A program in its document's own structure.")
    public record ProgramDetail(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN") String unionName,
            @Schema(examples = "Nghệ An") String place,
            @Schema(required = true, examples = "VI") String termLabel,
            @Schema(required = true, examples = "2019") int startYear,
            @Schema(required = true, examples = "2024") int endYear,
            @Schema(required = true, examples = "106/CTr-LHH") String documentNumber,
            LocalDate documentDate,
            @Schema(required = true) String title,
            String preamble,
            String closing,
            String signerTitle,
            String signer,
            @Schema(required = true) List<String> recipients,
            @Schema(required = true) ProgramStatus status,
            UUID carriedFromId,
            @Schema(required = true, description = "Main missions, with lettered sub-items") List<ItemDto> missions,
            @Schema(required = true, description = "Section I: regular annual tasks") List<ItemDto> regularTasks,
            @Schema(required = true, description = "The tasks of each year") List<YearDto> years,
            @Schema(required = true, description = "Section II: implementation arrangements") List<ItemDto> implementation,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "ProgramInput", description = "The editable header of a program.")
    public record ProgramInput(
            @NotBlank @Size(max = 1000) @Schema(required = true) String title,
            @NotBlank @Size(max = 300) @Schema(required = true) String unionName,
            @Size(max = 100) String place,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "106/CTr-LHH") String documentNumber,
            LocalDate documentDate,
            @Size(max = 20000) String preamble,
            @Size(max = 20000) String closing,
            @Size(max = 300) String signerTitle,
            @Size(max = 200) String signer,
            @Size(max = 100) List<@NotBlank @Size(max = 300) String> recipients,
            @NotNull @Schema(required = true) ProgramStatus status) {
    }

    @Schema(name = "ProgramItemInput", description = "A task added to a program, or an item's corrected text.")
    public record ItemInput(
            @Schema(description = "regular_task or year_task; ignored when correcting an item") ItemKind kind,
            @Schema(description = "For a year_task: the year, within the program's period", examples = "2025") Integer year,
            @NotBlank @Size(max = 20000) @Schema(required = true) String text) {
    }

    @Schema(name = "CarryOverInput", description = "The next term's program, made from this one's regular tasks.")
    public record CarryOverInput(
            @NotBlank @Pattern(regexp = "^[IVXLC]{1,8}$", message = "{validation.roman}") @Schema(required = true, examples = "VII") String termLabel,
            @NotNull @Min(1900) @Max(2200) @Schema(required = true, examples = "2024") Integer startYear,
            @NotNull @Min(1900) @Max(2200) @Schema(required = true, examples = "2029") Integer endYear,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "01/CTr-LHH") String documentNumber,
            LocalDate documentDate) {
    }

    @Schema(name = "ImportCounts")
    public record ImportCounts(
            @Schema(required = true, examples = "5") int missions,
            @Schema(required = true, examples = "9") int missionSubItems,
            @Schema(required = true, examples = "8") int regularTasks,
            @Schema(required = true, description = "Tasks per year", examples = "{\"2019\": 3}") Map<Integer, Integer> yearTasks,
            @Schema(required = true, examples = "3") int implementation,
            @Schema(required = true, examples = "8") int recipients,
            @Schema(required = true, examples = "0") int flags) {
    }

    @Schema(name = "ProgramImportPreview", description = "What an import would create; commit it to create it.")
    public record ImportPreview(
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {"previewed", "committed"}) String status,
            @Schema(required = true) String sourceHash,
            @Schema(description = "Set when this very document was imported before: committing changes nothing") UUID existingProgramId,
            @Schema(description = "The program created by the commit") UUID programId,
            @Schema(required = true) ImportCounts counts,
            @Schema(required = true) ParsedProgram parsed) {
    }

    @Schema(name = "Coordinator", description = "A body working with the lead unit; linked to an association where it is one.")
    public record CoordinatorDto(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Sở Khoa học và Công nghệ") String name,
            UUID associationId) {
    }

    @Schema(name = "Evidence")
    public record EvidenceDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "bien-ban.pdf") String fileName,
            @Schema(required = true, examples = "application/pdf") String contentType,
            @Schema(required = true, examples = "48213") int sizeBytes,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "TaskProgress")
    public record ProgressDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "2021-06-30") LocalDate reportedOn,
            @Schema(examples = "60") Integer percent,
            @Schema(examples = "Đã tổ chức hội thảo") String milestone,
            @Schema(required = true) String narrative,
            @Schema(required = true, examples = "officer") String reportedBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<EvidenceDto> evidence) {
    }

    @Schema(name = "ProgramTask", description = "A tracked task with its progress history.")
    public record TaskDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID programId,
            @Schema(required = true) UUID itemId,
            @Schema(required = true) ItemKind section,
            @Schema(required = true, examples = "3") String label,
            @Schema(required = true) String text,
            @Schema(required = true, examples = "2021") int year,
            @Schema(examples = "Xuất bản Tập san") String shortTitle,
            @Schema(examples = "Ban Thông tin phổ biến kiến thức và hội viên") String leadUnit,
            UUID leadAssociationId,
            @Schema(required = true) List<CoordinatorDto> coordinators,
            @Schema(required = true) LocalDate plannedStart,
            @Schema(required = true) LocalDate plannedEnd,
            @Schema(required = true) TaskStatus status,
            Integer latestPercent,
            @Schema(required = true) boolean late,
            @Schema(required = true, description = "Open, ending within 60 days and under half done") boolean atRisk,
            @Schema(required = true, description = "Whether the caller may report progress") boolean canReport,
            @Schema(required = true, description = "Newest first") List<ProgressDto> progress,
            @Schema(required = true, examples = "0") long version) {
    }

    @Schema(name = "ProgramTaskInput", description = "How a task is tracked (staff, admin).")
    public record TaskInput(
            @Size(max = 200) String shortTitle,
            @Size(max = 300) String leadUnit,
            UUID leadAssociationId,
            @Size(max = 50) List<@Valid @NotNull CoordinatorDto> coordinators,
            @NotNull @Schema(required = true) LocalDate plannedStart,
            @NotNull @Schema(required = true) LocalDate plannedEnd,
            @NotNull @Schema(required = true) TaskStatus status) {
    }

    @Schema(name = "ProgressInput", description = "A progress report on a task.")
    public record ProgressInput(
            @NotNull @PastOrPresent @Schema(required = true, examples = "2021-06-30") LocalDate reportedOn,
            @Min(0) @Max(100) @Schema(examples = "60") Integer percent,
            @Size(max = 300) @Schema(examples = "Đã tổ chức hội thảo") String milestone,
            @NotBlank @Size(max = 10000) @Schema(required = true, examples = "Đã xuất bản 6 số Tập san trong 6 tháng đầu năm.") String narrative,
            @Schema(description = "The task's new status, if it changes with this report") TaskStatus status) {
    }

    @Schema(name = "ProgramTaskSummary", description = "A tracked task in a list.")
    public record TaskSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID programId,
            @Schema(required = true) ItemKind section,
            @Schema(required = true, examples = "3") String label,
            @Schema(required = true) String text,
            @Schema(required = true, examples = "2021") int year,
            String shortTitle,
            String leadUnit,
            @Schema(required = true) TaskStatus status,
            Integer latestPercent,
            @Schema(required = true) LocalDate plannedEnd,
            @Schema(required = true) boolean late,
            @Schema(required = true) boolean atRisk) {
    }
}
