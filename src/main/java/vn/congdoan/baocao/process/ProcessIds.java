package vn.congdoan.baocao.process;

/** Every BPMN id, form id and group id the code refers to; written here once. */
public final class ProcessIds {

    public static final String PROCESS_CAMPAIGN = "campaign";

    public static final String START_EVENT_CYCLE_REQUESTED = "StartEvent_CycleRequested";
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String END_EVENT_PLAN_DRAFTED = "EndEvent_PlanDrafted";

    public static final String FORM_DRAFT_PLAN = "form-draft-plan";

    public static final String GROUP_POLICY_DEPT = "cspl";
    public static final String GROUP_LEADERSHIP = "thuongtruc";
    public static final String GROUP_SUPERVISOR = "giamsat";
    public static final String GROUP_CAMUNDA_ADMIN = "camunda-admin";

    private ProcessIds() {
    }
}
