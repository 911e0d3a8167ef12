package vn.congdoan.baocao.province;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.review.ReviewEntry;

/**
 * The provincial report with what its drafter needs at hand.
 *
 * @param unitTexts    per section code, each accepted unit's text by unit name
 * @param explanations the province's explanations of the warnings of its sums, by rule id
 */
public record ProvinceReportView(long cycle, ReportStatus status, OffsetDateTime dueAt, OffsetDateTime submittedAt,
                                 Map<String, String> sections, Map<String, Map<String, String>> unitTexts,
                                 AggregateView aggregate, List<ReviewEntry> reviews,
                                 OffsetDateTime draftSavedAt, Map<String, String> explanations) {
}
