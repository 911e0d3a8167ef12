package vn.congdoan.baocao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.Period;

/**
 * What a unit sees beside its new figures: the accepted figures of the most recent earlier cycle it took
 * part in, or the units it succeeded took part in, summed over those units. Only the indicator codes that
 * cycle's template shares with this one are in {@code values}; a figure no counted unit has is null, never 0.
 *
 * @param cycle    the earlier cycle's number
 * @param period   the earlier cycle's last period: the one shown beside the new periods
 * @param periods  all the earlier cycle's periods, in its order
 * @param units    the units whose figures these are, each said counted (report accepted) or not
 * @param values   by indicator code, then the earlier cycle's period code: the sum over the counted units
 * @param caption  where the figures come from, in words, naming what is summed and what is left out
 */
public record EarlierFigures(long cycle, String cycleTitle, String planNumber, LocalDate planDate, Period period,
                             List<Period> periods, List<EarlierUnit> units, Map<String, Map<String, Long>> values,
                             String caption) {

    /**
     * @param predecessor whether it is a unit the reporting unit succeeded (false: the reporting unit itself)
     * @param counted     whether its report was accepted, and so is in the figures
     */
    public record EarlierUnit(String unit, String name, ReportStatus status, boolean predecessor, boolean counted) {
    }

    /** The accepted figure of the earlier cycle's last period; null when there is none. */
    public Long latest(String indicator) {
        Map<String, Long> row = values.get(indicator);
        return row == null ? null : row.get(period.code());
    }

    /** Whether every unit the figures stand for is counted: only then do the rules compare with them. */
    public boolean complete() {
        return units.stream().allMatch(EarlierUnit::counted);
    }

    /** How a message names the earlier figure's period: "Tính đến 30/6/2020 của đợt báo cáo số 1". */
    public String periodName() {
        long counted = units.stream().filter(EarlierUnit::counted).count();
        return period.label() + " của đợt báo cáo số " + cycle + (counted > 1 ? ", tổng của " + counted + " đơn vị" : "");
    }
}
