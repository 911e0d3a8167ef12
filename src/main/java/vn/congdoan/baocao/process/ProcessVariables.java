package vn.congdoan.baocao.process;

/** Every process variable and form field key; written here once. Variables hold ids and decisions only. */
public final class ProcessVariables {

    public static final String CYCLE_ID = "cycleId";

    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_COMMENT = "planComment";

    /** Task-local, shown by the forms: filled from the database when the task is created. */
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String LAST_RETURN_COMMENT = "lastReturnComment";

    private ProcessVariables() {
    }
}
