package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.template.Indicator;

class TableRoundTripPropertiesTest {

    /** Download then upload gives back every value, blanks included, whatever the figures. */
    @Property(tries = 60)
    void uploadReadsBackWhatWasDownloaded(@ForAll("tablesWithBlanks") Map<String, Map<String, Long>> table) {
        Map<String, Map<String, Object>> read = TableUpload.read(TableFiles.hoalu(table), SampleTables.FORM,
                TableFiles.HOALU);
        Map<String, Map<String, Long>> typed = new LinkedHashMap<>(table);
        typed.remove("I18");
        assertThat(read).isEqualTo(typed);
    }

    @Provide
    Arbitrary<Map<String, Map<String, Long>>> tablesWithBlanks() {
        List<Indicator> indicators = SampleTables.NQ02.indicators();
        List<Period> periods = SampleTables.SEED_PERIODS;
        Arbitrary<Long> cell = Arbitraries.longs().between(0, 999_999_999L).injectNull(0.2)
                .edgeCases(edges -> edges.includeOnly(0L, 999_999_999L));
        return cell.list().ofSize(indicators.size() * periods.size()).map(cells -> {
            Map<String, Map<String, Long>> table = new LinkedHashMap<>();
            int next = 0;
            for (Indicator indicator : indicators) {
                Map<String, Long> row = new LinkedHashMap<>();
                for (Period period : periods) {
                    row.put(period.code(), cells.get(next++));
                }
                table.put(indicator.code(), row);
            }
            table.put("I18", new LinkedHashMap<>(table.get("I16")));
            return table;
        });
    }
}
