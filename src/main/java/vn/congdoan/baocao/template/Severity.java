package vn.congdoan.baocao.template;

public enum Severity {
    /** Blocks a submission. */
    ERROR,
    /** Lets a submission through only with a written explanation. */
    WARNING
}
