package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.congdoan.baocao.support.MigrationColumns;
import vn.congdoan.baocao.system.YamlResources;
import vn.congdoan.baocao.template.TemplateCatalog;
import vn.congdoan.baocao.template.TemplateDefinition;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

class CycleParametersValidatorTest {

    private final TemplateCatalog templates = mock(TemplateCatalog.class);
    private final UnitDirectory units = mock(UnitDirectory.class);
    private final CycleParametersValidator validator = new CycleParametersValidator(templates, units);

    @BeforeEach
    void catalogue() {
        TemplateDefinition nq02 = YamlResources.read(new ClassPathResource("templates/nq02-2016-2020.yaml"),
                TemplateDefinition.class);
        when(templates.latest(any())).thenReturn(nq02);
        when(units.find(any())).thenReturn(Optional.empty());
        when(units.find("hoalu")).thenReturn(Optional.of(new UnitDetails("hoalu", "Liên đoàn Lao động huyện Hoa Lư",
                "DISTRICT", "ldld-ninhbinh", "hoalu", null, LocalDate.of(1992, 4, 1), LocalDate.of(2025, 6, 30))));
        when(units.find("ldld-ninhbinh")).thenReturn(Optional.of(new UnitDetails("ldld-ninhbinh",
                "Liên đoàn Lao động tỉnh Ninh Bình", "PROVINCE", null, null, null, LocalDate.of(1992, 4, 1), null)));
    }

    @Test
    void acceptsTheSeedParameters() {
        NewCycle cycle = validator.validate(seed(new CycleParameters.Reminders(List.of("P5D", "P1D"), "P2D"),
                "Asia/Ho_Chi_Minh", "2020-08-27", "tld@example.org", List.of("hoalu"), "2020-08-15"));
        assertThat(cycle.units()).extracting(CycleUnit::code).containsExactly("hoalu");
        assertThat(cycle.unitReport().due()).hasToString("2020-08-19T16:59:59Z");
        assertThat(cycle.remindersBefore()).containsExactly("P5D", "P1D");
        assertThat(cycle.cutOff().input()).isEqualTo("2020-08-27");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        CycleParametersException refused = catchThrowableOfType(CycleParametersException.class,
                () -> validator.validate(seed(new CycleParameters.Reminders(List.of("P5D", "PT0S"), "P2D"),
                        "Asia/Hanoi_City", "2020-09-20", "tld-at-example", List.of("ldld-ninhbinh", "hoalu", "hoalu"), null)));
        assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::message).containsExactly(
                tuple("timeZone", "Múi giờ «Asia/Hanoi_City» không hợp lệ (ví dụ Asia/Ho_Chi_Minh)."),
                tuple("units[0]", "Đơn vị «ldld-ninhbinh» (Liên đoàn Lao động tỉnh Ninh Bình)"
                        + " chưa có nhóm người dùng nên không giao việc được."),
                tuple("units[2]", "Đơn vị «hoalu» được chọn hai lần."),
                tuple("deadlines.unitReview", "Chưa nhập hạn đơn vị hoàn thành sơ kết."),
                tuple("reminders.before[1]", "Khoảng thời gian nhắc trước hạn «PT0S» phải lớn hơn 0."),
                tuple("nationalAddress",
                        "Địa chỉ thư của Tổng Liên đoàn «tld-at-example» không phải địa chỉ e-mail."));
        assertThat(refused.getMessage()).startsWith("Không khởi tạo được đợt báo cáo: Múi giờ «Asia/Hanoi_City»");
    }

    @Test
    void cutOffMustLieBetweenTheUnitsDeadlineAndTheProvinceReview() {
        CycleParameters late = seed(new CycleParameters.Reminders(List.of("P5D"), "P2D"), "Asia/Ho_Chi_Minh",
                "2020-09-20", null, List.of("hoalu"), "2020-08-15");
        CycleParametersException refused = catchThrowableOfType(CycleParametersException.class,
                () -> validator.validate(late));
        assertThat(refused.violations()).extracting(FieldViolation::message).containsExactly(
                "Hạn chót thu nhận báo cáo (trước ngày 20/9/2020) muộn hơn hạn tỉnh hoàn thành sơ kết (trước ngày 10/9/2020).");
    }

    @Test
    void everyBoundFitsTheColumnThatStoresIt() {
        Map<String, Integer> columns = MigrationColumns.sizes();
        assertThat(CycleParametersValidator.MAX_TEMPLATE).isLessThanOrEqualTo(columns.get("cycle.template_code"));
        assertThat(CycleParametersValidator.MAX_PLAN_NUMBER).isLessThanOrEqualTo(columns.get("cycle.plan_number"));
        assertThat(CycleParametersValidator.MAX_TITLE).isLessThanOrEqualTo(columns.get("cycle.title"));
        assertThat(CycleParametersValidator.MAX_PLACE).isLessThanOrEqualTo(columns.get("cycle.place"));
        assertThat(CycleParametersValidator.MAX_BODY_NAME).isLessThanOrEqualTo(columns.get("cycle.superior"))
                .isLessThanOrEqualTo(columns.get("cycle.issuer"));
        assertThat(CycleParametersValidator.MAX_LONG_TEXT).isLessThanOrEqualTo(columns.get("cycle.legal_basis"))
                .isLessThanOrEqualTo(columns.get("cycle.resolution"))
                .isLessThanOrEqualTo(columns.get("cycle.recipients"))
                .isLessThanOrEqualTo(columns.get("cycle.report_recipients"));
        assertThat(CycleParametersValidator.MAX_DAY_OR_TIME).isLessThanOrEqualTo(columns.get("cycle.unit_review_input"))
                .isLessThanOrEqualTo(columns.get("cycle.cut_off_input"));
        assertThat(CycleParametersValidator.MAX_DURATION).isLessThanOrEqualTo(columns.get("cycle.reminders_overdue_every"));
        // the offsets are stored one a line
        assertThat(CycleParametersValidator.MAX_REMINDERS * (CycleParametersValidator.MAX_DURATION + 1))
                .isLessThanOrEqualTo(columns.get("cycle.reminders_before"));
        assertThat(CycleParametersValidator.MAX_SIGNER).isLessThanOrEqualTo(columns.get("cycle.signer_authority"))
                .isLessThanOrEqualTo(columns.get("cycle.signer_title")).isLessThanOrEqualTo(columns.get("cycle.signer_name"));
        assertThat(CycleParametersValidator.MAX_PERIOD_LABEL).isLessThanOrEqualTo(columns.get("cycle_period.label"));
        assertThat(CycleParametersValidator.MAX_ADDRESS).isLessThanOrEqualTo(columns.get("cycle.national_address"));
    }

    @Test
    void everyTextAndListPastItsBoundIsRefusedByField() {
        List<CycleParameters.PeriodParameter> periods = List.of(new CycleParameters.PeriodParameter("2016", "N".repeat(201)));
        List<String> offsets = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "P" + i + "D").toList();
        CycleParameters p = new CycleParameters("nq02-2016-2020", null, "9".repeat(101), "2020-06-11", "P".repeat(201),
                "S".repeat(501), "I".repeat(501), "T".repeat(2001), "L".repeat(4001), "R".repeat(4001), periods,
                List.of("hoalu"), new CycleParameters.Deadlines("2020-08-15" + " ".repeat(60) + "x", "2020-08-20",
                "2020-09-10", "2020-09-15"), "BEFORE_DAY", "2020-08-27", "Asia/Ho_Chi_Minh",
                new CycleParameters.Reminders(offsets, "P" + "1".repeat(40) + "D"),
                new CycleParameters.Signer("A".repeat(201), "C".repeat(201), "N".repeat(201)),
                java.util.Collections.nCopies(31, "Nơi nhận"), List.of("x".repeat(2500), "y".repeat(2500)),
                "a".repeat(320) + "@example.org");
        CycleParametersException refused = catchThrowableOfType(CycleParametersException.class, () -> validator.validate(p));
        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("planNumber",
                "title", "place", "issuer", "signer.name", "superior", "legalBasis", "resolution", "signer.authority",
                "signer.title", "recipients", "reportRecipients", "periods[0].label", "deadlines.unitReview",
                "reminders.before", "reminders.overdueEvery", "nationalAddress");
        assertThat(refused.violations()).extracting(FieldViolation::message).contains(
                "Số kế hoạch dài 101 ký tự, quá giới hạn 100 ký tự.",
                "Nơi nhận của kế hoạch có 31 dòng; tối đa 30 dòng.",
                "Nơi nhận của báo cáo của tỉnh dài 5 001 ký tự, quá giới hạn 4 000 ký tự.",
                "Có 11 mốc nhắc trước hạn; tối đa 10 mốc (ví dụ P5D, P1D).");
    }

    private static CycleParameters seed(CycleParameters.Reminders reminders, String zone, String cutOff,
                                        String address, List<String> unitCodes, String unitReview) {
        return new CycleParameters("nq02-2016-2020", null, "23/KH-LĐLĐ", "2020-06-11", "Ninh Bình", "TỔNG LĐLĐ VIỆT NAM",
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Sơ kết", null, null,
                List.of(new CycleParameters.PeriodParameter("2016", "Năm 2016"),
                        new CycleParameters.PeriodParameter("2020H1", "Tính đến 30/6/2020")),
                unitCodes, new CycleParameters.Deadlines(unitReview, "2020-08-20", "2020-09-10", "2020-09-15"),
                "BEFORE_DAY", cutOff, zone, reminders,
                new CycleParameters.Signer("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Kim Long"),
                List.of("Các CĐN"), List.of("Thường trực LĐLĐ tỉnh"), address);
    }
}
