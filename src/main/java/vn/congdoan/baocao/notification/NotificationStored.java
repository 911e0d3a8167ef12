package vn.congdoan.baocao.notification;

/** Published when a notification is stored; it is mailed once the transaction has committed. */
record NotificationStored(long notificationId) {
}
