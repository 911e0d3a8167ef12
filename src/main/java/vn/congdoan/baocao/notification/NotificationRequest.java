package vn.congdoan.baocao.notification;

import java.time.Instant;

/**
 * One notification to send. (cycle, subject, subject key, kind, recipient, deadline, slot) is its
 * identity: asked twice, it is stored and sent once.
 *
 * @param recipient a unit code or a province group id
 * @param slot      for a reminder, its offset from the deadline ("-P5D", "PT0S", "P2D"); else what makes
 *                  the event unique (e.g. the review's number)
 */
public record NotificationRequest(long cycleId, NotificationSubject subject, String subjectKey, NotificationKind kind,
                                  String recipient, Instant deadline, String slot, String message) {
}
