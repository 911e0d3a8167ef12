package vn.congdoan.baocao.cycle;

public enum CycleStage {
    PLAN_DRAFT,
    PLAN_APPROVAL,
    REPORTING,
    LATE_UNITS_DECISION,
    PROVINCE_REPORT_DRAFT,
    PROVINCE_REPORT_APPROVAL,
    SUBMISSION,
    /** Delivered to the national instance, waiting for its review. */
    NATIONAL_REVIEW,
    CLOSED
}
