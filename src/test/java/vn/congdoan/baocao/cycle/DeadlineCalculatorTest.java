package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void beforeDayMeansTheEndOfThePreviousDayInTheCycleZone() {
        assertThat(DeadlineCalculator.due("2020-08-20", DeadlineMeans.BEFORE_DAY, HANOI))
                .contains(Instant.parse("2020-08-19T16:59:59Z"));
        assertThat(DeadlineCalculator.describe("2020-08-20", DeadlineMeans.BEFORE_DAY, HANOI))
                .isEqualTo("trước ngày 20/8/2020");
    }

    @Test
    void onDayMeansTheEndOfThatDay() {
        assertThat(DeadlineCalculator.due("2020-08-20", DeadlineMeans.ON_DAY, HANOI))
                .contains(Instant.parse("2020-08-20T16:59:59Z"));
        assertThat(DeadlineCalculator.due("2020-08-20", DeadlineMeans.ON_DAY, ZoneId.of("Europe/Paris")))
                .contains(Instant.parse("2020-08-20T21:59:59Z"));
        assertThat(DeadlineCalculator.describe("2020-08-20", DeadlineMeans.ON_DAY, HANOI)).isEqualTo("ngày 20/8/2020");
    }

    @Test
    void aDateTimeWithOffsetIsTakenAsItIs() {
        assertThat(DeadlineCalculator.due("2020-08-20T17:00:00+07:00", DeadlineMeans.BEFORE_DAY, HANOI))
                .contains(Instant.parse("2020-08-20T10:00:00Z"));
        assertThat(DeadlineCalculator.describe("2020-08-20T10:00:00Z", DeadlineMeans.BEFORE_DAY, HANOI))
                .isEqualTo("17:00 ngày 20/8/2020");
    }

    @Test
    void anythingElseIsNoDeadline() {
        assertThat(DeadlineCalculator.due("20/8/2020", DeadlineMeans.BEFORE_DAY, HANOI)).isEmpty();
        assertThat(DeadlineCalculator.due("2020-08-20T17:00:00", DeadlineMeans.BEFORE_DAY, HANOI)).isEmpty();
        assertThat(DeadlineCalculator.due(null, DeadlineMeans.BEFORE_DAY, HANOI)).isEmpty();
    }
}
