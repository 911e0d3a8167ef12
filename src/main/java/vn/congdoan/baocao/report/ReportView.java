package vn.congdoan.baocao.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.congdoan.baocao.review.ReviewEntry;

/**
 * A unit's report as the API shows it: every indicator and period (null = blank), texts, reviews,
 * what the template's rules say of the figures as they stand ({@code ruleViolations}), and the
 * version of what is stored, which every change raises. {@code earlier}: the figures of the earlier cycle the
 * unit, or the units it succeeded, took part in, for comparison only; absent when there is none.
 */
public record ReportView(
        long cycle,
        String unit,
        String unitName,
        ReportStatus status,
        OffsetDateTime dueAt,
        OffsetDateTime submittedAt,
        Boolean onTime,
        Map<String, Map<String, Long>> values,
        Map<String, String> sections,
        Map<String, String> explanations,
        List<Violation> ruleViolations,
        List<ReviewEntry> reviews,
        int version,
        OffsetDateTime draftSavedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) EarlierFigures earlier) {
}
