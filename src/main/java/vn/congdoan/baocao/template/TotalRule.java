package vn.congdoan.baocao.template;

/** How an indicator's "Tổng số" column is derived from its period values. */
public enum TotalRule {
    /** Flows and events: the sum over the periods. */
    SUM,
    /** Stocks: the value of the last period. */
    LAST
}
