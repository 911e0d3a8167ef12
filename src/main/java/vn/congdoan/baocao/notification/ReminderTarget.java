package vn.congdoan.baocao.notification;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Who a reminder goes to and what it is about.
 *
 * @param recipient  the unit code or group that has to act
 * @param what       the work, in words ("báo cáo của Huyện Hoa Lư (đợt báo cáo số 1)")
 * @param unfinished who has not done what, as the escalation to the province's leaders says it
 *                   ("Huyện Hoa Lư chưa gửi báo cáo (đợt báo cáo số 1)")
 */
public record ReminderTarget(long cycleId, NotificationSubject subject, String subjectKey, String recipient,
                             String what, String unfinished, Instant due, ZoneId zone) {

    /** The work of the province's own people: the escalation says that {@code actor} "chưa hoàn thành" it. */
    public static ReminderTarget ofProvince(long cycleId, NotificationSubject subject, String subjectKey,
                                            String recipient, String what, String actor, Instant due, ZoneId zone) {
        return new ReminderTarget(cycleId, subject, subjectKey, recipient, what, actor + " chưa hoàn thành " + what,
                due, zone);
    }
}
