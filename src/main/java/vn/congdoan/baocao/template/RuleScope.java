package vn.congdoan.baocao.template;

/** What one evaluation of a rule's checks sees: a period's column, or one indicator in one period. */
public enum RuleScope {
    PERIOD,
    INDICATOR
}
