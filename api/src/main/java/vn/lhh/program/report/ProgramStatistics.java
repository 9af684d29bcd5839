package vn.lhh.program.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Task counts by status, per year and per section: the dashboard's progress chart. */
@Schema(name = "ProgramStatistics")
public record ProgramStatistics(@Schema(required = true) List<StatusCounts> byYear, @Schema(required = true) List<StatusCounts> bySection) {

    @Schema(name = "StatusCounts")
    public record StatusCounts(@Schema(required = true, examples = "2021") String key, @Schema(required = true) int total,
                               @Schema(required = true) int notStarted, @Schema(required = true) int inProgress,
                               @Schema(required = true) int done, @Schema(required = true) int postponed,
                               @Schema(required = true) int cancelled, @Schema(required = true) int late) {
    }
}
