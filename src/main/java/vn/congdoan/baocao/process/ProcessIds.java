package vn.congdoan.baocao.process;

/** Every BPMN id, form id and group id the code refers to; written here once. */
public final class ProcessIds {

    public static final String PROCESS_CAMPAIGN = "campaign";

    public static final String START_EVENT_CYCLE_REQUESTED = "StartEvent_CycleRequested";
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String SERVICE_TASK_ISSUE_PLAN = "ServiceTask_IssuePlan";
    public static final String SERVICE_TASK_DISTRIBUTE_REPORTS = "ServiceTask_DistributeReports";
    public static final String CALL_ACTIVITY_UNIT_REPORTING = "CallActivity_UnitReporting";
    public static final String END_EVENT_REPORTS_COLLECTED = "EndEvent_ReportsCollected";

    public static final String PROCESS_UNIT_REPORT = "unit-report";
    public static final String START_EVENT_REPORT_REQUESTED = "StartEvent_ReportRequested";
    public static final String TASK_FILL_REPORT = "Task_FillReport";
    public static final String GATEWAY_REPORT_ACTION = "Gateway_ReportAction";
    public static final String SERVICE_TASK_VALIDATE_REPORT = "ServiceTask_ValidateReport";
    public static final String GATEWAY_REPORT_VALID = "Gateway_ReportValid";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";
    public static final String END_EVENT_REPORT_ACCEPTED = "EndEvent_ReportAccepted";

    public static final String FORM_START_CYCLE = "form-start-cycle";
    public static final String FORM_DRAFT_PLAN = "form-draft-plan";
    public static final String FORM_APPROVE_PLAN = "form-approve-plan";
    public static final String FORM_UNIT_REPORT = "form-unit-report";
    public static final String FORM_REVIEW_REPORT = "form-review-report";

    public static final String GROUP_POLICY_DEPT = "cspl";
    public static final String GROUP_LEADERSHIP = "thuongtruc";
    public static final String GROUP_SUPERVISOR = "giamsat";
    public static final String GROUP_CAMUNDA_ADMIN = "camunda-admin";

    /** The business key of a unit's reporting instance: "cycle/unit". */
    public static String unitReportKey(long cycleId, String unitCode) {
        return cycleId + "/" + unitCode;
    }

    private ProcessIds() {
    }
}
