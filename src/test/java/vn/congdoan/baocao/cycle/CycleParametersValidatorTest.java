package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

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

    private static CycleParameters seed(CycleParameters.Reminders reminders, String zone, String cutOff,
                                        String address, List<String> unitCodes, String unitReview) {
        return new CycleParameters("nq02-2016-2020", "23/KH-LĐLĐ", "2020-06-11", "Ninh Bình", "TỔNG LĐLĐ VIỆT NAM",
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Sơ kết", null, null,
                List.of(new CycleParameters.PeriodParameter("2016", "Năm 2016"),
                        new CycleParameters.PeriodParameter("2020H1", "Tính đến 30/6/2020")),
                unitCodes, new CycleParameters.Deadlines(unitReview, "2020-08-20", "2020-09-10", "2020-09-15"),
                "BEFORE_DAY", cutOff, zone, reminders,
                new CycleParameters.Signer("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Kim Long"),
                List.of("Các CĐN"), List.of("Thường trực LĐLĐ tỉnh"), address);
    }
}
