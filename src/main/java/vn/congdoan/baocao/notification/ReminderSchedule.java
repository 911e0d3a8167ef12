package vn.congdoan.baocao.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * When reminders fall due for one deadline: at each offset before it, on it, then every interval while
 * it is overdue. Slots that passed before the schedule started are not caught up.
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
            Instant at = due.minus(offset);
            if (at.isAfter(after)) {
                return new Slot(at, "-" + format(offset), Phase.BEFORE, offset);
            }
        }
        if (due.isAfter(after)) {
            return new Slot(due, "PT0S", Phase.DUE, Duration.ZERO);
        }
        long intervals = Duration.between(due, after).dividedBy(overdueEvery) + 1;
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
