package vn.congdoan.baocao.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.CycleStage;

/** Where each unit of a cycle stands. */
public record ProgressView(long cycle, CycleStage stage, List<UnitProgress> units, Map<ReportStatus, Long> counts) {

    /**
     * @param onTime        whether the first submission came by the due date; null while nothing was submitted
     * @param remindersSent reminders stored for the unit (escalations to the province not counted)
     * @param returns       times the report was returned to the unit
     */
    public record UnitProgress(String unit, String name, ReportStatus status, OffsetDateTime dueAt,
                               OffsetDateTime submittedAt, Boolean onTime, long remindersSent, long returns) {
    }
}
