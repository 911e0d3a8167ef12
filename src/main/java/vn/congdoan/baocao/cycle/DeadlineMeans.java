package vn.congdoan.baocao.cycle;

/** How a deadline given as a day D is read. */
public enum DeadlineMeans {
    /** "trước ngày D": due at the end of day D-1 (23:59:59). */
    BEFORE_DAY,
    /** due at the end of day D (23:59:59). */
    ON_DAY
}
