package vn.congdoan.baocao.process.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.report.ReportBody;

/**
 * The demo units' reports on the built-in template: figures that satisfy its rules (each period's column
 * is one consistent column multiplied by a whole number that grows by one a year) and texts that say
 * they are examples.
 */
public final class DemoReports {

    static final List<String> PERIODS = List.of("2021", "2022", "2023", "2024", "2025");

    /** One period's column that every rule of the built-in template accepts; I18 is copied by the app. */
    private static final Map<String, Integer> COLUMN = new LinkedHashMap<>();
    private static final List<String> SECTIONS = List.of("P1.I.1", "P1.I.2", "P1.II.1", "P1.II.2", "P1.II.3.1",
            "P1.II.3.2", "P1.II.3.3", "P1.II.4", "P1.II.5", "P1.II.6", "P2.I", "P2.II");

    static {
        int[] column = {2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, -1, 30, 25, 20, 1};
        for (int i = 0; i < column.length; i++) {
            if (column[i] >= 0) {
                COLUMN.put(String.format("I%02d", i + 1), column[i]);
            }
        }
    }

    private DemoReports() {
    }

    /** The sections of the built-in template's outline that take a text. */
    public static List<String> sections() {
        return SECTIONS;
    }

    /** One period's column of the built-in template that every one of its rules accepts (I18 left out). */
    public static Map<String, Integer> consistentColumn() {
        return Map.copyOf(COLUMN);
    }

    /** A whole report; size (2 and up) sets how large the unit is. */
    static ReportBody complete(int size, String unitName) {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        COLUMN.forEach((indicator, value) -> {
            Map<String, Object> periods = new LinkedHashMap<>();
            for (int year = 0; year < PERIODS.size(); year++) {
                periods.put(PERIODS.get(year), value * (size + year));
            }
            values.put(indicator, periods);
        });
        Map<String, String> sections = new LinkedHashMap<>();
        SECTIONS.forEach(section -> sections.put(section,
                "Nội dung minh họa của " + unitName + " cho mục " + section + " (đợt báo cáo minh họa)."));
        return new ReportBody(values, sections, Map.of());
    }

    /** A draft begun: the first two years of the table and the first section. */
    static ReportBody begun(int size, String unitName) {
        ReportBody whole = complete(size, unitName);
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        whole.values().forEach((indicator, periods) -> {
            Map<String, Object> firstYears = new LinkedHashMap<>();
            PERIODS.forEach(period -> firstYears.put(period, PERIODS.indexOf(period) < 2 ? periods.get(period) : null));
            values.put(indicator, firstYears);
        });
        return new ReportBody(values, Map.of(SECTIONS.get(0), whole.sections().get(SECTIONS.get(0))), Map.of());
    }
}
