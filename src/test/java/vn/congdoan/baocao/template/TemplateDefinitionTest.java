package vn.congdoan.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.congdoan.baocao.system.YamlResources;

class TemplateDefinitionTest {

    private final TemplateDefinition nq02 = YamlResources.read(
            new ClassPathResource("templates/nq02-2016-2020.yaml"), TemplateDefinition.class);

    private final Map<String, Indicator> byCode = nq02.indicators().stream()
            .collect(Collectors.toMap(Indicator::code, Function.identity()));

    @Test
    void builtInTemplateIsConsistent() {
        assertThat(nq02.problems()).isEmpty();
        assertThat(nq02.code()).isEqualTo("nq02-2016-2020");
        assertThat(nq02.tableTitle()).isEqualTo("Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT");
    }

    @Test
    void hasTheTwentyTwoIndicatorsOfAppendix02InOrder() {
        assertThat(nq02.indicators()).extracting(Indicator::code)
                .containsExactly("I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08", "I09", "I10", "I11",
                        "I12", "I13", "I14", "I15", "I16", "I17", "I18", "I19", "I20", "I21", "I22");
        assertThat(nq02.groups()).extracting(IndicatorGroup::number)
                .containsExactly("1", "2", "3", "3.1", "3.2", "4", "5");
        assertThat(nq02.groups()).filteredOn(g -> g.number().equals("3.1"))
                .singleElement().satisfies(g -> {
                    assertThat(g.title()).isEqualTo("Hội nghị người lao động");
                    assertThat(g.unit()).isEqualTo("DN");
                    assertThat(g.parent()).isEqualTo("3");
                });
    }

    @Test
    void labelsAreTheSourceTextWithTheQuirksHandledOpenly() {
        assertThat(byCode.get("I08").label()).isEqualTo("Tổng số DN có tổ chức công đoàn có tổ chức HN NLĐ");
        assertThat(byCode.get("I22").label())
                .isEqualTo("Số cuộc tranh chấp lao động, đình công và ngừng việc tập thể trong phạm vi quản lý");
        assertThat(byCode.get("I03").unit()).isEqualTo("DN");
        assertThat(byCode.get("I03").note()).contains("để trống");
        assertThat(byCode.get("I14").unit()).isEqualTo("DN");
        assertThat(byCode.get("I18").copyOf()).isEqualTo("I16");
        assertThat(byCode.get("I19").label()).isEqualTo("Tổng số DN đã ký kết TƯLĐTT");
        assertThat(nq02.groups()).extracting(IndicatorGroup::title).contains("Ký kết TƯLĐTT")
                .noneMatch(t -> t.contains("TULĐTT"));
        assertThat(nq02.indicators()).extracting(Indicator::label).noneMatch(l -> l.contains("TULĐTT"));
    }

    @Test
    void totalRuleIsSumForFlowsAndLastForStocks() {
        assertThat(nq02.indicators()).filteredOn(i -> i.total() == TotalRule.LAST).extracting(Indicator::code)
                .containsExactly("I03", "I04", "I05", "I07", "I09", "I19", "I20", "I21");
    }

    @Test
    void outlineSaysDialogueWhereTheSourceSaysRenewal() {
        assertThat(nq02.outlineSubtitle()).contains("đẩy mạnh đối thoại tại doanh nghiệp").doesNotContain("đổi mới");
        assertThat(nq02.outline()).flatExtracting(s -> List.of(s.title(), String.valueOf(s.lead()), String.join(" ", s.hints())))
                .noneMatch(t -> t.contains("đổi mới"));
        assertThat(nq02.textSections()).extracting(OutlineSection::code).containsExactly(
                "P1.I.1", "P1.I.2", "P1.II.1", "P1.II.2", "P1.II.3.1", "P1.II.3.2", "P1.II.3.3",
                "P1.II.4", "P1.II.5", "P1.II.6", "P2.I", "P2.II");
        assertThat(nq02.outline()).filteredOn(s -> s.code().equals("P1.II.3.2")).singleElement()
                .satisfies(s -> assertThat(s.hints()).hasSize(6));
        // the source's sentence under "3. Kết quả đạt được" is a lead, not one of the points
        assertThat(nq02.outline()).filteredOn(s -> s.code().equals("P1.II.3")).singleElement()
                .satisfies(s -> assertThat(s.lead())
                        .isEqualTo("Kết quả đạt được sau 5 năm thực hiện Nghị quyết trong từng loại hình doanh nghiệp."))
                .satisfies(s -> assertThat(s.hints()).isEmpty());
    }

    @Test
    void rulesCarryTheirSeverity() {
        assertThat(nq02.rules()).extracting(ValidationRule::id)
                .containsExactly("V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09", "V10", "V11", "V12");
        assertThat(nq02.rules()).filteredOn(r -> r.severity() == Severity.WARNING).extracting(ValidationRule::id)
                .containsExactly("V05", "V11", "V12");
    }

    @Test
    void everyTextIsNfc() {
        assertThat(nq02.indicators()).extracting(Indicator::label)
                .allMatch(l -> Normalizer.isNormalized(l, Normalizer.Form.NFC));
    }

    @Test
    void inconsistentDefinitionIsReported() {
        Indicator orphan = new Indicator("X1", "9", "Nhãn", "DN", TotalRule.SUM, "X9", null);
        Indicator twice = new Indicator("X1", "1", "Nhãn", "DN", TotalRule.SUM, null, null);
        String decomposed = Normalizer.normalize("Tổng số", Normalizer.Form.NFD);
        TemplateDefinition broken = new TemplateDefinition("x", 1, decomposed, "t", "o", null, null,
                List.of(new IndicatorGroup("1", null, "Nhóm", null)), List.of(orphan, twice),
                List.of(new OutlineSection("S1", "S0", "1.", "Mục", null, null)),
                List.of(new ValidationRule("V01", null, "mô tả", null, List.of(new RuleCheck("X1 <= Y2", "{X1} {Z3}"))),
                        new ValidationRule("V02", Severity.ERROR, "mô tả", RuleScope.INDICATOR,
                                List.of(new RuleCheck("value <= X1", "{row} ({"))),
                        new ValidationRule("V03", Severity.WARNING, "mô tả", null, null)),
                new DocumentTexts(new DocumentTexts.PlanTexts("KẾ HOẠCH", "Xong {unitReview} và {nextYear}",
                        List.of(new DocumentTexts.Block("I.", "và")), null, null), null,
                        new DocumentTexts.ReportTexts("BÁO CÁO", "Số:", null, null, null, null)));
        assertThat(broken.problems()).containsExactlyInAnyOrder(
                "chỉ tiêu X1 xuất hiện hai lần",
                "chỉ tiêu X1: nhóm «9» không có",
                "chỉ tiêu X1: chép từ chỉ tiêu «X9» không có",
                "mục đề cương S1: mục cha «S0» không có",
                "quy tắc V01: cần có severity (ERROR hoặc WARNING)",
                "quy tắc V01: biểu thức «X1 <= Y2» dùng tên chưa biết «Y2»",
                "quy tắc V01: thông báo «{X1} {Z3}» dùng tên chưa biết «Z3»",
                "quy tắc V02: biểu thức «value <= X1» dùng tên chưa biết «X1»",
                "quy tắc V02: không đọc được phép kiểm tra: Expression [{row} ({] @7: No ending suffix '}' for expression starting at character 7: {",
                "quy tắc V03: chưa có phép kiểm tra nào (checks)",
                "documents.unitReport: cần có title, number và signature (tên, số hiệu, người ký báo cáo của đơn vị)",
                "documents.plan.body: mỗi khối là một tiêu đề (heading) hoặc một đoạn (text), không phải cả hai hay không có gì: Block[heading=I., text=và]",
                "documents: tên chưa biết {nextYear} trong «Xong {unitReview} và {nextYear}»",
                "chữ không ở dạng Unicode dựng sẵn (NFC), hãy gõ lại bằng bộ gõ Unicode dựng sẵn: «" + decomposed + "»");
    }
}
