package vn.lhh.program.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.program.ItemKind;
import vn.lhh.program.TaskStatus;
import vn.lhh.program.dto.ProgramDtos.ProgressDto;

/** The annual report on a program: what the standing office sends to the bodies listed in "Nơi nhận". */
@Schema(name = "AnnualReport")
public record AnnualReport(
        @Schema(required = true) UUID programId,
        @Schema(required = true, examples = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN") String unionName,
        @Schema(examples = "Nghệ An") String place,
        @Schema(required = true, examples = "106/CTr-LHH") String programNumber,
        @Schema(required = true) String programTitle,
        @Schema(required = true, examples = "2021") int year,
        @Schema(required = true) LocalDate generatedOn,
        @Schema(required = true) Totals totals,
        @Schema(required = true, description = "Regular tasks, then the tasks of the year; each grouped by lead unit") List<Section> sections,
        @Schema(required = true) List<Task> late,
        @Schema(required = true) List<Task> atRisk,
        @Schema(required = true) List<String> recipients,
        String signerTitle,
        String signer) {

    @Schema(name = "AnnualReportTotals")
    public record Totals(@Schema(required = true) int total, @Schema(required = true) int done, @Schema(required = true) int inProgress,
                         @Schema(required = true) int notStarted, @Schema(required = true) int postponed,
                         @Schema(required = true) int cancelled, @Schema(required = true) int late, @Schema(required = true) int atRisk) {
    }

    @Schema(name = "AnnualReportSection")
    public record Section(@Schema(required = true) ItemKind section, @Schema(required = true, examples = "I. Nhiệm vụ thường xuyên hằng năm") String title,
                          @Schema(required = true) List<LeadUnitGroup> leadUnits) {
    }

    @Schema(name = "AnnualReportLeadUnit")
    public record LeadUnitGroup(@Schema(required = true, examples = "Ban Khoa học, Công nghệ và Tư vấn phản biện") String leadUnit,
                                @Schema(required = true) List<Task> tasks) {
    }

    @Schema(name = "AnnualReportTask")
    public record Task(@Schema(required = true) UUID taskId, @Schema(required = true) ItemKind section,
                       @Schema(required = true, examples = "3") String label, @Schema(required = true) String text, String shortTitle,
                       String leadUnit, @Schema(required = true) TaskStatus status, Integer percent,
                       @Schema(required = true) LocalDate plannedEnd, @Schema(required = true) boolean late,
                       @Schema(required = true) boolean atRisk, ProgressDto latestProgress) {
    }
}
