package vn.congdoan.baocao.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When reminders fall due for one deadline: at each offset before it, on it, then every interval while
 * it is overdue. Slots that passed before the schedule started are not caught up; a slot whose timer
 * fires late is sent while no later slot has come due (see {@link #reached}).
 */
public record ReminderSchedule(List<Duration> before, Duration overdueEvery) {

    public ReminderSchedule {
        before = before.stream().sorted(Comparator.reverseOrder()).toList();
        if (overdueEvery.isNegative() || overdueEvery.isZero()) {
            throw new IllegalArgumentException("Overdue interval must be positive: " + overdueEvery);
        }
    }

    public static ReminderSchedule of(List<String> before, String overdueEvery) {
        return new ReminderSchedule(before.stream().map(Duration::parse).toList(), Duration.parse(overdueEvery));
    }

    /** The first slot strictly after {@code after}. */
    public Slot next(Instant due, Instant after) {
        for (Duration offset : before) {
            if (due.minus(offset).isAfter(after)) {
                return beforeSlot(due, offset);
            }
        }
        if (due.isAfter(after)) {
            return dueSlot(due);
        }
        return overdueSlot(due, Duration.between(due, after).dividedBy(overdueEvery) + 1);
    }

    /**
     * The slot to send when the timer set for the slot at {@code awaited} fires at {@code now}: that slot, or
     * the latest one that came due while the timer was late, which supersedes it and every slot between
     * (a reminder before the deadline once the deadline has passed, an overdue reminder once the next one
     * is due). Sending it and then waiting for {@link #next} after it sends one reminder after a long
     * downtime, never a burst of stale ones.
     */
    public Slot reached(Instant due, Instant awaited, Instant now) {
        Slot waitedFor = next(due, awaited.minusMillis(1));
        return latestDue(due, now).filter(latest -> latest.at().isAfter(waitedFor.at())).orElse(waitedFor);
    }

    /** The last slot due at or before {@code now}, if any. */
    Optional<Slot> latestDue(Instant due, Instant now) {
        if (!now.isBefore(due)) {
            long intervals = Duration.between(due, now).dividedBy(overdueEvery);
            return Optional.of(intervals == 0 ? dueSlot(due) : overdueSlot(due, intervals));
        }
        Slot latest = null;
        for (Duration offset : before) {
            if (!due.minus(offset).isAfter(now)) {
                latest = beforeSlot(due, offset);
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Slot beforeSlot(Instant due, Duration offset) {
        return new Slot(due.minus(offset), "-" + format(offset), Phase.BEFORE, offset);
    }

    private static Slot dueSlot(Instant due) {
        return new Slot(due, "PT0S", Phase.DUE, Duration.ZERO);
    }

    private Slot overdueSlot(Instant due, long intervals) {
        Duration late = overdueEvery.multipliedBy(intervals);
        return new Slot(due.plus(late), format(late), Phase.OVERDUE, late);
    }

    /** Days as "P5D", anything finer as java.time writes it ("PT30S"). */
    static String format(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && !duration.isZero() && duration.getNano() == 0
                ? "P" + duration.toDays() + "D" : duration.toString();
    }

    public enum Phase {
        BEFORE,
        DUE,
        OVERDUE
    }

    /**
     * @param offset its place relative to the deadline, as stored in the notification's key
     * @param distance how far from the deadline, before or after it
     */
    public record Slot(Instant at, String offset, Phase phase, Duration distance) {
    }
}
