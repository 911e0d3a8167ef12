package vn.congdoan.baocao.api;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.congdoan.baocao.cycle.CycleParameters;
import vn.congdoan.baocao.cycle.CycleStage;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.report.ReportStatus;

/**
 * A cycle as {@code GET /api/cycles/{cycle}} answers it: its parameters as they were sent, under the
 * names of the body of {@code POST /api/cycles} ({@link CycleParameters}), and beside them what the
 * application adds under names of its own, which a POST of the same body ignores ({@link #READ_ONLY}).
 *
 * @param dueAt       the instant each deadline means; {@code cutOff} is the current cut-off, the
 *                    end of the last extension once leadership extended collection
 * @param unitReports the participating units with the status of their report, those the user may see
 */
record CycleResponse(
        long id,
        CycleStage stage,
        @JsonUnwrapped CycleParameters parameters,
        DueAt dueAt,
        List<UnitReport> unitReports,
        String processInstanceId,
        String planIssuedNumber,
        LocalDate planIssuedOn,
        String createdBy,
        Instant createdAt) {

    /** The names of what the application adds to the parameters. */
    static final Set<String> READ_ONLY = Arrays.stream(CycleResponse.class.getRecordComponents())
            .map(RecordComponent::getName).filter(name -> !name.equals("parameters"))
            .collect(Collectors.toUnmodifiableSet());

    static CycleResponse of(CycleView cycle, Map<CycleUnit, ReportStatus> statuses, Optional<Instant> extendedCutOff) {
        ZoneId zone = cycle.timeZone();
        CycleView.Deadlines deadlines = cycle.deadlines();
        DueAt dueAt = new DueAt(deadlines.unitReview().due(), deadlines.unitReport().due(),
                deadlines.provinceReview().due(), deadlines.submission().due(),
                extendedCutOff.map(until -> until.atZone(zone).toOffsetDateTime()).orElse(cycle.cutOff().due()));
        List<UnitReport> unitReports = statuses.entrySet().stream().map(e -> new UnitReport(e.getKey().code(),
                e.getKey().name(), e.getKey().kind(), e.getKey().groupId(), e.getKey().email(), e.getValue())).toList();
        return new CycleResponse(cycle.id(), cycle.stage(), cycle.asSent(), dueAt, unitReports,
                cycle.processInstanceId(), cycle.planIssuedNumber(), cycle.planIssuedOn(), cycle.createdBy(),
                cycle.createdAt());
    }

    /** Named as the deadlines they come from. */
    record DueAt(OffsetDateTime unitReview, OffsetDateTime unitReport, OffsetDateTime provinceReview,
                 OffsetDateTime submission, OffsetDateTime cutOff) {
    }

    record UnitReport(String unit, String name, String kind, String groupId, String email, ReportStatus status) {
    }
}
