package vn.congdoan.baocao.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.cycle.CycleParametersException;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.system.NationalProperties;

/** The submission's national cycle: a whole number from 1 up, taken only where the national instance is known. */
class NationalCycleFieldTest {

    private final Submissions connected = submissions(new NationalProperties("https://baocao.congdoan.vn", "ninhbinh",
            "bi-mat", null));
    private final Submissions mailOnly = submissions(new NationalProperties("", "", "", null));

    @Test
    void aWholeNumberAsTheFormOrTheApiSendsItIsTheNationalCycle() {
        assertThat(connected.read(fields("12")).nationalCycleId()).isEqualTo(12L);
        assertThat(connected.read(fields(12)).nationalCycleId()).isEqualTo(12L);
        assertThat(connected.read(fields(12L)).nationalCycleId()).isEqualTo(12L);
        assertThat(connected.read(fields(new BigDecimal("12.0"))).nationalCycleId()).isEqualTo(12L);
        assertThat(connected.read(fields(" 7 ")).nationalCycleId()).isEqualTo(7L);
    }

    @Test
    void blankMeansMailOnlyOnEveryInstance() {
        assertThat(connected.read(fields("")).nationalCycleId()).isNull();
        assertThat(connected.read(fields(null)).nationalCycleId()).isNull();
        assertThat(mailOnly.read(fields(" ")).nationalCycleId()).isNull();
        assertThat(mailOnly.read(fields(null)).documentNumber()).isEqualTo("95/BC-LĐLĐ");
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        for (Object bad : new Object[] {"abc", "0", "-3", "1.5", new BigDecimal("1.5"), "12; drop table", 1e20,
                "9999999999999999"}) {
            FieldViolation violation = refused(connected, bad);
            assertThat(violation.message()).as("%s", bad).startsWith("Số đợt báo cáo của Tổng Liên đoàn «")
                    .endsWith("» không phải số nguyên dương (ví dụ 12).");
        }
        assertThat(refused(connected, "abc").message()).contains("«abc»");
    }

    @Test
    void anInstanceWithoutTheNationalAddressSaysSoInsteadOfAcceptingACycleItCannotDeliverTo() {
        assertThat(refused(mailOnly, "12").message()).contains("chưa được cấu hình").contains("app.national")
                .contains("thư điện tử");
    }

    private static FieldViolation refused(Submissions submissions, Object value) {
        CycleParametersException refused = catchThrowableOfType(CycleParametersException.class,
                () -> submissions.read(fields(value)));
        assertThat(refused).as("%s refused", value).isNotNull();
        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly(SubmissionRecord.NATIONAL_CYCLE);
        return refused.violations().get(0);
    }

    private static Map<String, Object> fields(Object nationalCycle) {
        Map<String, Object> fields = new HashMap<>(Map.of(SubmissionRecord.NUMBER, "95/BC-LĐLĐ",
                SubmissionRecord.DATE, "2020-09-14", SubmissionRecord.SENDER, "Nguyễn Văn A",
                SubmissionRecord.ADDRESS, "tld@example.org"));
        fields.put(SubmissionRecord.NATIONAL_CYCLE, nationalCycle);
        return fields;
    }

    private static Submissions submissions(NationalProperties national) {
        return new Submissions(null, null, null, null, null, national, null);
    }
}
