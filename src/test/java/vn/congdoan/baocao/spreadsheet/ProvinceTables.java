package vn.congdoan.baocao.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.template.Indicator;

/**
 * A province of many units for the seed's cycle, without the application: every accepted unit's table has
 * figures of its own ({@link #value}), the consolidated table their sums, as {@code Aggregation} makes it.
 */
record ProvinceTables(AggregateView aggregate, Map<String, ReportContent> accepted) {

    static final List<Indicator> INDICATORS = SampleTables.NQ02.indicators();
    static final List<Period> PERIODS = SampleTables.SEED_PERIODS;

    static ProvinceTables of(int acceptedUnits, int missingUnits, int pendingUnits) {
        Map<String, ReportContent> accepted = new LinkedHashMap<>();
        List<AggregateView.UnitRef> acceptedRefs = new ArrayList<>();
        for (int u = 1; u <= acceptedUnits; u++) {
            acceptedRefs.add(new AggregateView.UnitRef(code(u), name(u)));
            accepted.put(code(u), new ReportContent(table(u), Map.of(), Map.of()));
        }
        List<AggregateView.Row> rows = new ArrayList<>();
        for (Indicator indicator : INDICATORS) {
            Map<String, Long> sums = new LinkedHashMap<>();
            for (Period period : PERIODS) {
                sums.put(period.code(), accepted.values().stream()
                        .mapToLong(content -> content.value(indicator.code(), period.code())).sum());
            }
            rows.add(new AggregateView.Row(indicator.code(), indicator.group(), indicator.label(), indicator.unit(),
                    indicator.total(), sums, Aggregation.total(indicator.total(), sums)));
        }
        List<AggregateView.UnitRef> missing = new ArrayList<>();
        for (int u = acceptedUnits + 1; u <= acceptedUnits + missingUnits; u++) {
            missing.add(new AggregateView.UnitRef(code(u), name(u)));
        }
        List<AggregateView.UnitRef> pending = new ArrayList<>();
        for (int u = acceptedUnits + missingUnits + 1; u <= acceptedUnits + missingUnits + pendingUnits; u++) {
            pending.add(new AggregateView.UnitRef(code(u), name(u)));
        }
        return new ProvinceTables(new AggregateView(TableFiles.CYCLE, true, null, PERIODS, rows, acceptedRefs, missing,
                pending, List.of()), accepted);
    }

    /** The province workbook of these tables. */
    byte[] file() {
        return TableWorkbooks.provinceFile(TableFiles.SEED_CYCLE, SampleTables.FORM, TableFiles.CAPTION, aggregate,
                accepted);
    }

    static String code(int unit) {
        return String.format("ccs-%04d", unit);
    }

    static String name(int unit) {
        return "Công đoàn cơ sở số " + unit;
    }

    /** Unit {@code unit}'s figure of indicator {@code indicator} (its index) in period {@code period} (its index). */
    static long value(int unit, int indicator, int period) {
        Indicator source = INDICATORS.get(indicator);
        int row = source.copyOf() == null ? indicator : INDICATORS.indexOf(INDICATORS.stream()
                .filter(i -> i.code().equals(source.copyOf())).findFirst().orElseThrow());
        return (unit * 37L + row * 101L + period * 7L) % 1_000;
    }

    private static Map<String, Map<String, Long>> table(int unit) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (int i = 0; i < INDICATORS.size(); i++) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (int p = 0; p < PERIODS.size(); p++) {
                row.put(PERIODS.get(p).code(), value(unit, i, p));
            }
            table.put(INDICATORS.get(i).code(), row);
        }
        return table;
    }
}
