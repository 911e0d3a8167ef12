package vn.congdoan.baocao.process;

/** Every process variable and form field key; written here once. Variables hold ids and decisions only. */
public final class ProcessVariables {

    public static final String CYCLE_ID = "cycleId";

    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_COMMENT = "planComment";

    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String REPORT_DUE_AT = "reportDueAt";

    /** Set by the unit's form or the API: keep as draft, or submit. */
    public static final String REPORT_ACTION = "reportAction";
    public static final String ACTION_DRAFT = "DRAFT";
    public static final String ACTION_SUBMIT = "SUBMIT";
    /**
     * False when the API completes the unit's task (the report is already stored); not set when the
     * Tasklist form completes it, whose fields then carry the report. Cleared when the task is created.
     */
    public static final String FROM_FORM = "fromForm";
    public static final String REPORT_VALID = "reportValid";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_COMMENT = "reportComment";

    /** Task-local, shown by the forms: filled from the database when the task is created. */
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String LAST_RETURN_COMMENT = "lastReturnComment";

    private ProcessVariables() {
    }
}
