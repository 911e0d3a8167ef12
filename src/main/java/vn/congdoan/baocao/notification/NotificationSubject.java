package vn.congdoan.baocao.notification;

/** What a notification is about: a unit's report, the provincial report, or the sending to the national federation. */
public enum NotificationSubject {
    UNIT_REPORT,
    PROVINCE_REPORT,
    SUBMISSION;

    /** The subject key of the province's own steps, which concern no unit. */
    public static final String PROVINCE = "-";
}
