package vn.congdoan.baocao.notification;

import java.time.OffsetDateTime;

public record NotificationView(long id, NotificationSubject subject, String subjectKey, NotificationKind kind,
                               String recipient, OffsetDateTime deadline, String slot, String message,
                               OffsetDateTime createdAt, String mailedTo) {
}
