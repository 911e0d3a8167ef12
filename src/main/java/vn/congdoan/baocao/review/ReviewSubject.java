package vn.congdoan.baocao.review;

public enum ReviewSubject {
    PLAN,
    UNIT_REPORT,
    PROVINCE_REPORT
}
