package vn.congdoan.baocao.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.template.Indicator;

/**
 * Random tables of the built-in template that keep every ERROR rule (SPEC §3): each bounded row is
 * drawn below its bounds, I18 copies I16. Raw numbers shrink towards 0, and so do the tables.
 */
public final class ValidTables {

    private static final long MAX = 999_999_999L;

    private ValidTables() {
    }

    public static Arbitrary<Map<String, Map<String, Long>>> tables(long max) {
        int cells = SampleTables.NQ02.indicators().size() * SampleTables.SEED_PERIODS.size();
        return Arbitraries.longs().between(0, Math.min(max, MAX)).list().ofSize(cells).map(ValidTables::table);
    }

    private static Map<String, Map<String, Long>> table(List<Long> raw) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        SampleTables.NQ02.indicators().forEach(i -> table.put(i.code(), new LinkedHashMap<>()));
        int next = 0;
        for (Period period : SampleTables.SEED_PERIODS) {
            Map<String, Long> v = new HashMap<>();
            for (Indicator indicator : SampleTables.NQ02.indicators()) {
                v.put(indicator.code(), raw.get(next++));
            }
            below(v, "I04", "I03");
            below(v, "I06", "I05");
            below(v, "I07", "I05");
            below(v, "I09", "I05");
            below(v, "I08", "I06", "I07");
            below(v, "I10", "I09", "I06");
            below(v, "I13", "I05");
            below(v, "I14", "I05");
            below(v, "I15", "I13", "I07");
            below(v, "I16", "I14", "I07");
            below(v, "I17", "I14", "I09");
            v.put("I18", v.get("I16"));
            below(v, "I19", "I05");
            below(v, "I20", "I19", "I07");
            below(v, "I21", "I19");
            v.forEach((code, value) -> table.get(code).put(period.code(), value));
        }
        return table;
    }

    private static void below(Map<String, Long> values, String code, String... bounds) {
        long bound = Long.MAX_VALUE;
        for (String b : bounds) {
            bound = Math.min(bound, values.get(b));
        }
        values.put(code, values.get(code) % (bound + 1));
    }

    /** The cell-by-cell sum of tables, as the province sums its units. */
    public static Map<String, Map<String, Long>> sum(List<Map<String, Map<String, Long>>> tables) {
        Map<String, Map<String, Long>> sum = new LinkedHashMap<>();
        for (Map<String, Map<String, Long>> table : tables) {
            table.forEach((code, periods) -> periods.forEach((period, value) ->
                    sum.computeIfAbsent(code, k -> new LinkedHashMap<>()).merge(period, value, Long::sum)));
        }
        return sum;
    }
}
