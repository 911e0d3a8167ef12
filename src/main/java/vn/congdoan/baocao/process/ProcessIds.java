package vn.congdoan.baocao.process;

/** Every BPMN id, form id and group id the code refers to; written here once. */
public final class ProcessIds {

    public static final String PROCESS_CAMPAIGN = "campaign";

    public static final String START_EVENT_CYCLE_REQUESTED = "StartEvent_CycleRequested";
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String SERVICE_TASK_ISSUE_PLAN = "ServiceTask_IssuePlan";
    public static final String END_EVENT_PLAN_ISSUED = "EndEvent_PlanIssued";

    public static final String FORM_START_CYCLE = "form-start-cycle";
    public static final String FORM_DRAFT_PLAN = "form-draft-plan";
    public static final String FORM_APPROVE_PLAN = "form-approve-plan";

    public static final String GROUP_POLICY_DEPT = "cspl";
    public static final String GROUP_LEADERSHIP = "thuongtruc";
    public static final String GROUP_SUPERVISOR = "giamsat";
    public static final String GROUP_CAMUNDA_ADMIN = "camunda-admin";

    private ProcessIds() {
    }
}
