package vn.lhh.dashboard.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.CongressStatus;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.contest.ContestPhase;
import vn.lhh.contest.EditionStatus;
import vn.lhh.registry.dto.RegistryDtos.DocumentSummary;

/**
 * The standing office's executive information (thông tin điều hành) on one page. Every tile says
 * where its full list is: {@code link} is a path of the web application.
 */
@Schema(name = "ExecutiveDashboard")
public record ExecutiveDashboard(
        @Schema(required = true, description = "Today in Asia/Ho_Chi_Minh: what 'this year' and 'this month' mean") LocalDate today,
        @Schema(required = true) ProgramTile program,
        @Schema(required = true) ConsultationTile consultations,
        @Schema(required = true) CongressTile congresses,
        @Schema(required = true) BulletinTile bulletin,
        @Schema(required = true) ContestTile contest,
        @Schema(required = true) DocumentTile documents) {

    @Schema(name = "ExecutiveProgramTile", description = "This year's tasks of the program in force (null fields when there is none)")
    public record ProgramTile(UUID programId, String title, @Schema(examples = "106/CTr-LHH") String documentNumber,
                              @Schema(required = true, examples = "2026") int year,
                              @Schema(required = true) int total, @Schema(required = true) int done, @Schema(required = true) int inProgress,
                              @Schema(required = true) int notStarted, @Schema(required = true) int late,
                              @Schema(required = true, description = "Done tasks in percent of this year's tasks, 0 when there is none") int donePercent,
                              @Schema(required = true, examples = "/programs") String link) {
    }

    @Schema(name = "ExecutiveConsultationTile")
    public record ConsultationTile(@Schema(required = true, description = "Still waiting for the union's response") long open,
                                   @Schema(required = true, description = "Open past their deadline") long overdue,
                                   @Schema(required = true, examples = "/consultations") String link,
                                   @Schema(required = true, examples = "/consultations?overdue=true") String overdueLink) {
    }

    @Schema(name = "ExecutiveCongressItem")
    public record CongressItem(@Schema(required = true) UUID associationId, @Schema(required = true) String name,
                               LocalDate currentTermEnd, @Schema(required = true) CongressStatus congressStatus,
                               @Schema(required = true) String link) {
    }

    @Schema(name = "ExecutiveCongressTile", description = "Associations whose congress is overdue or due within the window")
    public record CongressTile(@Schema(required = true) long due, @Schema(required = true) long overdue,
                               @Schema(required = true, examples = "6") int windowMonths,
                               @Schema(required = true, description = "The soonest term ends first, overdue first; at most 5") List<CongressItem> items,
                               @Schema(required = true, examples = "/associations?congressStatus=due") String link) {
    }

    @Schema(name = "ExecutiveBulletinTile", description = "This month's issue, if one exists")
    public record BulletinTile(@Schema(required = true, examples = "2026-11") String month, UUID issueId, String title, IssueStatus status,
                               @Schema(required = true) String link) {
    }

    @Schema(name = "ExecutiveContestTile", description = "The newest contest edition, if any")
    public record ContestTile(UUID editionId, String name, Integer year, EditionStatus status, ContestPhase phase,
                              LocalDate registrationCloses, LocalDate resultsDate, Long entries,
                              @Schema(required = true) String link) {
    }

    @Schema(name = "ExecutiveDocumentTile")
    public record DocumentTile(@Schema(required = true, description = "Documents registered with this year's numbers") long thisYear,
                               @Schema(required = true, description = "The newest registrations, at most 5") List<DocumentSummary> recent,
                               @Schema(required = true, examples = "/registry") String link) {
    }
}
