package vn.congdoan.baocao.notification;

public enum NotificationKind {
    ASSIGNED,
    REMINDER,
    ESCALATION,
    RETURNED,
    ACCEPTED,
    EXTENDED,
    MISSING,
    SUBMITTED
}
