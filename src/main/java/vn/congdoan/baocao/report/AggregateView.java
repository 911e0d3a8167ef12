package vn.congdoan.baocao.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.template.TotalRule;

/**
 * The province table: per indicator and period the sum over ACCEPTED reports (null when no report was
 * accepted: nothing is invented), the total by the row's rule, and the units it covers, misses, or waits for.
 *
 * @param stored     false while collection runs: the figures are then provisional
 * @param violations the template's rules applied to the sums
 */
public record AggregateView(long cycle, boolean stored, OffsetDateTime computedAt, List<Period> periods, List<Row> rows,
                            List<UnitRef> acceptedUnits, List<UnitRef> missingUnits, List<UnitRef> pendingUnits,
                            List<Violation> violations) {

    public record Row(String indicator, String group, String label, String unit, TotalRule totalRule,
                      Map<String, Long> values, Long total) {
    }

    public record UnitRef(String unit, String name) {
    }
}
