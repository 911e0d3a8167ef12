package vn.congdoan.baocao.report;

public enum ReportStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    /** Collection was closed without it: listed as missing in every output, never counted as zero. */
    MISSING;

    /** Whether the unit may still change its report. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
