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

    @Test
    void aTimerOnTimeOrLateBeforeTheNextSlotSendsTheSlotItWaitedFor() {
        Instant fiveDaysBefore = DUE.minus(Duration.ofDays(5));
        assertThat(schedule.reached(DUE, fiveDaysBefore, fiveDaysBefore).offset()).isEqualTo("-P5D");
        assertThat(schedule.reached(DUE, fiveDaysBefore, fiveDaysBefore.plus(Duration.ofHours(20))).offset())
                .isEqualTo("-P5D");
        // a job run by hand before its due date sends its own slot, not an earlier one
        assertThat(schedule.reached(DUE, fiveDaysBefore, fiveDaysBefore.minusSeconds(10)).offset()).isEqualTo("-P5D");
    }

    @Test
    void aLaterSlotThatCameDueWhileTheTimerWasLateSupersedesTheOneItWaitedFor() {
        Instant fiveDaysBefore = DUE.minus(Duration.ofDays(5));
        ReminderSchedule.Slot dayBefore = schedule.reached(DUE, fiveDaysBefore, DUE.minus(Duration.ofHours(2)));
        assertThat(dayBefore.offset()).isEqualTo("-P1D");
        assertThat(schedule.next(DUE, dayBefore.at()).at()).isEqualTo(DUE);
        // a reminder before the deadline gives way to the deadline's own once it has passed
        ReminderSchedule.Slot onTheDay = schedule.reached(DUE, DUE.minus(Duration.ofDays(1)), DUE.plusSeconds(1));
        assertThat(onTheDay.offset()).isEqualTo("PT0S");
        assertThat(onTheDay.phase()).isEqualTo(ReminderSchedule.Phase.DUE);
        // an overdue reminder gives way to the next overdue one
        ReminderSchedule.Slot overdue = schedule.reached(DUE, DUE.plus(Duration.ofDays(2)),
                DUE.plus(Duration.ofDays(5)));
        assertThat(overdue.offset()).isEqualTo("P4D");
        assertThat(overdue.phase()).isEqualTo(ReminderSchedule.Phase.OVERDUE);
        assertThat(schedule.next(DUE, overdue.at()).offset()).isEqualTo("P6D");
    }

    @Test
    void aSlotExactlyDueCountsAsCome() {
        assertThat(schedule.reached(DUE, DUE.minus(Duration.ofDays(5)), DUE.minus(Duration.ofDays(1))).offset())
                .isEqualTo("-P1D");
        assertThat(schedule.reached(DUE, DUE.minus(Duration.ofDays(5)), DUE).offset()).isEqualTo("PT0S");
        assertThat(schedule.reached(DUE, DUE, DUE.plus(Duration.ofDays(2))).offset()).isEqualTo("P2D");
    }

    private void assertSlot(Instant now, Instant at, String offset, ReminderSchedule.Phase phase) {
        ReminderSchedule.Slot slot = schedule.next(DUE, now);
        assertThat(slot.at()).isEqualTo(at);
        assertThat(slot.offset()).isEqualTo(offset);
        assertThat(slot.phase()).isEqualTo(phase);
    }
}
