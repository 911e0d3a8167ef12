package vn.congdoan.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final Instant DUE = Instant.parse("2020-08-19T16:59:59Z");
    private final ReminderSchedule schedule = ReminderSchedule.of(List.of("P1D", "P5D"), "P2D");

    @Test
    void beforeOnThenEveryIntervalWhileOverdue() {
        assertSlot(DUE.minus(Duration.ofDays(30)), DUE.minus(Duration.ofDays(5)), "-P5D", ReminderSchedule.Phase.BEFORE);
        assertSlot(DUE.minus(Duration.ofDays(5)), DUE.minus(Duration.ofDays(1)), "-P1D", ReminderSchedule.Phase.BEFORE);
        assertSlot(DUE.minus(Duration.ofDays(1)), DUE, "PT0S", ReminderSchedule.Phase.DUE);
        assertSlot(DUE, DUE.plus(Duration.ofDays(2)), "P2D", ReminderSchedule.Phase.OVERDUE);
        assertSlot(DUE.plus(Duration.ofDays(3)), DUE.plus(Duration.ofDays(4)), "P4D", ReminderSchedule.Phase.OVERDUE);
        assertSlot(DUE.plus(Duration.ofDays(4)), DUE.plus(Duration.ofDays(6)), "P6D", ReminderSchedule.Phase.OVERDUE);
    }

    @Test
    void secondsAndHoursKeepTheirIsoForm() {
        ReminderSchedule fast = ReminderSchedule.of(List.of("PT12H"), "PT30S");
        assertThat(fast.next(DUE, DUE.minus(Duration.ofDays(1))).offset()).isEqualTo("-PT12H");
        assertThat(fast.next(DUE, DUE.plusSeconds(45)).offset()).isEqualTo("PT1M");
        assertThat(Reminders.words(Duration.ofSeconds(90))).isEqualTo("90 giây");
        assertThat(Reminders.words(Duration.ofDays(2))).isEqualTo("2 ngày");
        assertThat(Reminders.words(Duration.ofHours(12))).isEqualTo("12 giờ");
    }

    private void assertSlot(Instant now, Instant at, String offset, ReminderSchedule.Phase phase) {
        ReminderSchedule.Slot slot = schedule.next(DUE, now);
        assertThat(slot.at()).isEqualTo(at);
        assertThat(slot.offset()).isEqualTo(offset);
        assertThat(slot.phase()).isEqualTo(phase);
    }
}
