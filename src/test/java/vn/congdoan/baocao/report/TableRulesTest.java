package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.template.Severity;

class TableRulesTest {

    @Test
    void aConsistentTablePassesEveryRule() {
        assertThat(TableRules.check(SampleTables.FORM, SampleTables.consistent())).isEmpty();
    }

    /** Each rule: the consistent table changed in a few cells, and the exact messages of that rule. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("V01", Map.of("2018/I04", 101L), List.of(
                        "Năm 2018: «Số cơ quan, đơn vị, doanh nghiệp có xây dựng quy chế đối thoại» (101) lớn hơn "
                                + "«Tổng số DN thuộc đối tượng thực hiện đối thoại, trong đó» (100) (V01)")),
                Arguments.of("V02", Map.of("2016/I06", 101L, "2016/I08", 50L, "2017/I09", 120L), List.of(
                        "Năm 2016: «Tổng số doanh nghiệp có tổ chức HN NLĐ» (101) lớn hơn "
                                + "«Tổng số DN do địa phương, ngành trực tiếp quản lý» (100) (V02)",
                        "Năm 2017: «Tổng số DN nhà nước» (120) lớn hơn "
                                + "«Tổng số DN do địa phương, ngành trực tiếp quản lý» (100) (V02)")),
                Arguments.of("V03", Map.of("2018/I08", 120L, "2018/I06", 100L, "2018/I07", 100L), List.of(
                        "Năm 2018: «Tổng số DN có tổ chức công đoàn có tổ chức HN NLĐ» (120) lớn hơn "
                                + "«Tổng số doanh nghiệp có tổ chức HN NLĐ» (100) (V03)",
                        "Năm 2018: «Tổng số DN có tổ chức công đoàn có tổ chức HN NLĐ» (120) lớn hơn "
                                + "«Tổng số DN có tổ chức công đoàn» (100) (V03)")),
                Arguments.of("V04", Map.of("2020H1/I10", 11L), List.of(
                        "Tính đến 30/6/2020: «Tổng số DNNN có tổ chức HN NLĐ» (11) lớn hơn «Tổng số DN nhà nước» (10) (V04)")),
                Arguments.of("V05", Map.of("2019/I12", 13L), List.of(
                        "Năm 2019: «Tổng số DNNN có tổ chức HN NLĐ» (8), «Tổng số DN ngoài khu vực nhà nước có tổ chức "
                                + "HN NLĐ» (40) và «Các loại hình DN khác có tổ chức HN NLĐ» (13) cộng lại là 61, khác "
                                + "«Tổng số doanh nghiệp có tổ chức HN NLĐ» (60) (V05)")),
                Arguments.of("V06", Map.of("2016/I14", 101L), List.of(
                        "Năm 2016: «Tổng số DN có tổ chức đối thoại đột xuất» (101) lớn hơn "
                                + "«Tổng số DN do địa phương, ngành trực tiếp quản lý» (100) (V06)")),
                Arguments.of("V07", Map.of("2017/I15", 51L), List.of(
                        "Năm 2017: «Tổng số DN có tổ chức công đoàn có tổ chức đối thoại định kỳ» (51) lớn hơn "
                                + "«Tổng số DN có tổ chức đối thoại định kỳ» (50) (V07)")),
                Arguments.of("V08", Map.of("2018/I17", 11L), List.of(
                        "Năm 2018: «Tổng số doanh nghiệp nhà nước có tổ chức đối thoại đột xuất» (11) lớn hơn "
                                + "«Tổng số DN có tổ chức đối thoại đột xuất» (10) (V08)",
                        "Năm 2018: «Tổng số doanh nghiệp nhà nước có tổ chức đối thoại đột xuất» (11) lớn hơn "
                                + "«Tổng số DN nhà nước» (10) (V08)")),
                Arguments.of("V09", Map.of("2019/I18", 9L), List.of(
                        "Năm 2019: «Tổng số doanh nghiệp có tổ chức công đoàn có đối thoại đột xuất» (9) khác "
                                + "«Tổng số DN có tổ chức công đoàn có tổ chức đối thoại đột xuất» (8) (V09)")),
                Arguments.of("V10", Map.of("2016/I21", 31L), List.of(
                        "Năm 2016: «Tổng số DN khu vực ngoài nhà nước đã ký kết TƯLĐTT» (31) lớn hơn "
                                + "«Tổng số DN đã ký kết TƯLĐTT» (30) (V10)")),
                Arguments.of("V11", Map.of("2017/I01", 60L, "2017/I02", 50L), List.of(
                        "Năm 2017: «Số người tham dự tập huấn» (50) nhỏ hơn «Số lớp tập huấn» (60) (V11)")),
                Arguments.of("V12", Map.of("2018/I22", 4L), List.of(
                        "Năm 2018: «Số cuộc tranh chấp lao động, đình công và ngừng việc tập thể trong phạm vi quản lý» "
                                + "(4) lớn hơn 3 lần trung vị các kỳ khác (1) (V12)")),
                Arguments.of("V12", Map.of("2019/I04", 39L), List.of(
                        "Năm 2019: «Số cơ quan, đơn vị, doanh nghiệp có xây dựng quy chế đối thoại» giảm hơn một nửa, "
                                + "từ 80 (Năm 2018) xuống 39 (V12)")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("failures")
    void aRuleNamesTheRowsThePeriodAndTheNumbers(String rule, Map<String, Long> changes, List<String> messages) {
        Map<String, Map<String, Long>> table = SampleTables.consistent();
        assertThat(TableRules.check(SampleTables.FORM, table)).noneMatch(v -> v.rule().equals(rule));
        changes.forEach((cell, value) -> table.get(cell.split("/")[1]).put(cell.split("/")[0], value));

        List<Violation> found = TableRules.check(SampleTables.FORM, table);

        assertThat(found).filteredOn(v -> v.rule().equals(rule)).extracting(Violation::message)
                .containsExactlyElementsOf(messages);
        Severity expected = SampleTables.NQ02.rules().stream().filter(r -> r.id().equals(rule)).findFirst()
                .orElseThrow().severity();
        assertThat(found).filteredOn(v -> v.rule().equals(rule)).allMatch(v -> v.severity() == expected);
    }

    @Test
    void aViolationNamesItsFirstRowAndItsPeriod() {
        Map<String, Map<String, Long>> table = SampleTables.consistent();
        table.get("I04").put("2018", 101L);
        assertThat(TableRules.check(SampleTables.FORM, table)).singleElement().satisfies(v -> {
            assertThat(v.indicator()).isEqualTo("I04");
            assertThat(v.period()).isEqualTo("2018");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aCheckReadingABlankCellWaitsForIt() {
        Map<String, Map<String, Long>> table = SampleTables.consistent();
        table.get("I03").put("2018", null);
        table.get("I04").put("2018", 1000L);
        assertThat(TableRules.check(SampleTables.FORM, table)).extracting(Violation::rule).doesNotContain("V01");
    }

    @Test
    void theMedianOfTheOtherPeriodsMayFallBetweenTwoValues() {
        Map<String, Map<String, Long>> table = SampleTables.consistent();
        Map<String, Long> row = table.get("I02");
        row.putAll(Map.of("2016", 10L, "2017", 20L, "2018", 30L, "2019", 40L, "2020H1", 76L));
        assertThat(TableRules.medianOfOthers(row, SampleTables.SEED_PERIODS, 4)).isEqualByComparingTo(new BigDecimal("25"));
        row.put("2019", 35L);
        assertThat(TableRules.check(SampleTables.FORM, table)).filteredOn(v -> v.rule().equals("V12"))
                .extracting(Violation::message).containsExactly("Tính đến 30/6/2020: «Số người tham dự tập huấn» (76) "
                        + "lớn hơn 3 lần trung vị các kỳ khác (25) (V12)");
        row.putAll(Map.of("2018", 29L, "2019", 31L, "2020H1", 75L));
        assertThat(TableRules.check(SampleTables.FORM, table)).filteredOn(v -> v.rule().equals("V12"))
                .extracting(Violation::message).containsExactly("Tính đến 30/6/2020: «Số người tham dự tập huấn» (75) "
                        + "lớn hơn 3 lần trung vị các kỳ khác (24,5) (V12)");
    }

    @Test
    void theFirstPeriodIsComparedWithTheEarlierCyclesLastFigureWhenThoseFiguresAreComplete() {
        List<Period> years = List.of(new Period("2021", "Năm 2021"), new Period("2022", "Năm 2022"),
                new Period("2023", "Năm 2023"));
        ReportForm form = new ReportForm(SampleTables.NQ02, years);
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        SampleTables.consistent().forEach((code, row) -> {
            Map<String, Long> newRow = new LinkedHashMap<>();
            years.forEach(y -> newRow.put(y.code(), row.get("2016")));
            table.put(code, newRow);
        });
        // I02 (a flow) 50 after 10, I05 (a stock) 100 after 201; I01 after 0 and I03 after the same are no jump
        Map<String, Long> last = Map.of("I01", 0L, "I02", 10L, "I03", 100L, "I05", 201L);
        List<String> expected = List.of(
                "Năm 2021: «Số người tham dự tập huấn» (50) lớn hơn 3 lần số liệu kỳ trước (10, Tính đến 30/6/2020 của "
                        + "đợt báo cáo số 7, tổng của 2 đơn vị) (V12)",
                "Năm 2021: «Tổng số DN do địa phương, ngành trực tiếp quản lý» giảm hơn một nửa so với kỳ trước, "
                        + "từ 201 (Tính đến 30/6/2020 của đợt báo cáo số 7, tổng của 2 đơn vị) xuống 100 (V12)");
        assertThat(TableRules.check(form, table, earlier(last, true))).extracting(Violation::message)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(TableRules.check(form, table, earlier(last, true))).allMatch(v -> v.severity() == Severity.WARNING
                && v.period().equals("2021"));
        // a sum that leaves out a unit whose report was not accepted is shown, but not compared with
        assertThat(TableRules.check(form, table, earlier(last, false))).isEmpty();
        assertThat(TableRules.check(form, table, null)).isEmpty();
    }

    private static EarlierFigures earlier(Map<String, Long> last, boolean complete) {
        Period period = SampleTables.SEED_PERIODS.get(4);
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        last.forEach((code, value) -> {
            Map<String, Long> row = new LinkedHashMap<>();
            row.put(period.code(), value);
            values.put(code, row);
        });
        List<EarlierFigures.EarlierUnit> units = List.of(
                new EarlierFigures.EarlierUnit("a", "Công đoàn A", ReportStatus.ACCEPTED, true, true),
                new EarlierFigures.EarlierUnit("b", "Công đoàn B", complete ? ReportStatus.ACCEPTED : ReportStatus.MISSING,
                        true, complete));
        return new EarlierFigures(7, "Sơ kết", "23/KH-LĐLĐ", LocalDate.of(2020, 6, 11), period, SampleTables.SEED_PERIODS,
                units, values, "…");
    }
}
