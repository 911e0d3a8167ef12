package vn.congdoan.baocao.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.congdoan.baocao.process.demo.DemoReports;

/** Report bodies (PUT …/draft, POST …/submit) for the tests. */
public final class ReportBodies {

    public static final List<String> SEED_PERIODS = List.of("2016", "2017", "2018", "2019", "2020H1");

    public static final List<String> TEXT_SECTIONS = DemoReports.sections();

    /** A complete table whose figures agree with each other in every period (I18 left to be copied). */
    public static final Map<String, Integer> CONSISTENT_ROW = new TreeMap<>(DemoReports.consistentColumn());

    private ReportBodies() {
    }

    public static Map<String, Object> complete() {
        Map<String, Object> values = new LinkedHashMap<>();
        CONSISTENT_ROW.forEach((indicator, value) -> {
            Map<String, Object> periods = new LinkedHashMap<>();
            SEED_PERIODS.forEach(p -> periods.put(p, value));
            values.put(indicator, periods);
        });
        Map<String, Object> sections = new LinkedHashMap<>();
        TEXT_SECTIONS.forEach(s -> sections.put(s, "Nội dung mục " + s + "."));
        return body(values, sections);
    }

    public static Map<String, Object> body(Map<String, Object> values, Map<String, Object> sections) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("sections", sections);
        body.put("explanations", Map.of());
        return body;
    }
}
