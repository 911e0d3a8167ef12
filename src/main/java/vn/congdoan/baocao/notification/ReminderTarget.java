package vn.congdoan.baocao.notification;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Who a reminder goes to and what it is about.
 *
 * @param recipient the unit code or group that has to act
 * @param what      the work, in words ("báo cáo của Huyện Hoa Lư")
 * @param actor     who has to act, in words, for the escalation ("Huyện Hoa Lư")
 */
public record ReminderTarget(long cycleId, NotificationSubject subject, String subjectKey, String recipient,
                             String what, String actor, Instant due, ZoneId zone) {
}
