package vn.congdoan.baocao.process;

/** Every BPMN id and form id the code refers to; written here once (the groups: {@code security.ProvinceGroups}). */
public final class ProcessIds {

    public static final String PROCESS_CAMPAIGN = "campaign";

    public static final String START_EVENT_CYCLE_REQUESTED = "StartEvent_CycleRequested";
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String SERVICE_TASK_ISSUE_PLAN = "ServiceTask_IssuePlan";
    public static final String SERVICE_TASK_DISTRIBUTE_REPORTS = "ServiceTask_DistributeReports";
    public static final String SUB_PROCESS_COLLECT_REPORTS = "SubProcess_CollectReports";
    public static final String CALL_ACTIVITY_UNIT_REPORTING = "CallActivity_UnitReporting";
    public static final String TIMER_CUT_OFF = "Timer_CutOff";
    public static final String TASK_DECIDE_LATE_UNITS = "Task_DecideLateUnits";
    public static final String GATEWAY_LATE_DECISION = "Gateway_LateDecision";
    public static final String THROW_DEADLINE_EXTENDED = "ThrowSignal_DeadlineExtended";
    public static final String TIMER_EXTENDED_CUT_OFF = "Timer_ExtendedCutOff";
    public static final String THROW_COLLECTION_CLOSED = "ThrowSignal_CollectionClosed";
    public static final String END_EVENT_COLLECTION_CLOSED = "EndEvent_CollectionClosed";
    public static final String SERVICE_TASK_AGGREGATE = "ServiceTask_Aggregate";
    public static final String SUB_PROCESS_PROVINCE_REPORT = "SubProcess_ProvinceReport";
    public static final String TASK_DRAFT_PROVINCE_REPORT = "Task_DraftProvinceReport";
    public static final String SERVICE_TASK_VALIDATE_PROVINCE_REPORT = "ServiceTask_ValidateProvinceReport";
    public static final String TASK_APPROVE_PROVINCE_REPORT = "Task_ApproveProvinceReport";
    public static final String CALL_ACTIVITY_PROVINCE_REMINDERS = "CallActivity_ProvinceReminders";
    public static final String GATEWAY_AMENDED_FOR_NATION = "Gateway_AmendedForNation";
    public static final String SUB_PROCESS_SUBMISSION = "SubProcess_Submission";
    public static final String TASK_RECORD_SUBMISSION = "Task_RecordSubmission";
    public static final String CALL_ACTIVITY_SUBMISSION_REMINDERS = "CallActivity_SubmissionReminders";
    public static final String SERVICE_TASK_SEND_SUBMISSION = "ServiceTask_SendSubmission";
    public static final String GATEWAY_NATIONAL_DELIVERY = "Gateway_NationalDelivery";
    public static final String SERVICE_TASK_DELIVER_TO_NATIONAL = "ServiceTask_DeliverToNational";
    public static final String GATEWAY_NATIONAL_REVIEW = "Gateway_NationalReview";
    public static final String TIMER_NATIONAL_REVIEW = "Timer_NationalReview";
    public static final String SERVICE_TASK_CHECK_NATIONAL_REVIEW = "ServiceTask_CheckNationalReview";
    public static final String END_EVENT_CYCLE_CLOSED = "EndEvent_CycleClosed";

    public static final String PROCESS_UNIT_REPORT = "unit-report";
    public static final String START_EVENT_REPORT_REQUESTED = "StartEvent_ReportRequested";
    public static final String SUB_PROCESS_FILLING = "SubProcess_Filling";
    public static final String CALL_ACTIVITY_UNIT_REMINDERS = "CallActivity_UnitReminders";
    public static final String BOUNDARY_DEADLINE_EXTENDED = "Boundary_DeadlineExtended";
    public static final String SERVICE_TASK_APPLY_EXTENSION = "ServiceTask_ApplyExtension";
    public static final String BOUNDARY_COLLECTION_CLOSED = "Boundary_CollectionClosed";
    public static final String SERVICE_TASK_MARK_MISSING = "ServiceTask_MarkMissing";
    public static final String END_EVENT_REPORT_MISSING = "EndEvent_ReportMissing";
    public static final String TASK_FILL_REPORT = "Task_FillReport";
    public static final String GATEWAY_REPORT_ACTION = "Gateway_ReportAction";
    public static final String SERVICE_TASK_VALIDATE_REPORT = "ServiceTask_ValidateReport";
    public static final String GATEWAY_REPORT_VALID = "Gateway_ReportValid";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";
    public static final String END_EVENT_REPORT_ACCEPTED = "EndEvent_ReportAccepted";

    public static final String PROCESS_DEADLINE_REMINDERS = "deadline-reminders";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String SERVICE_TASK_SEND_REMINDER = "ServiceTask_SendReminder";

    public static final String FORM_START_CYCLE = "form-start-cycle";
    public static final String FORM_DRAFT_PLAN = "form-draft-plan";
    public static final String FORM_APPROVE_PLAN = "form-approve-plan";
    public static final String FORM_UNIT_REPORT = "form-unit-report";
    public static final String FORM_REVIEW_REPORT = "form-review-report";
    public static final String FORM_LATE_UNITS = "form-late-units";
    public static final String FORM_PROVINCE_REPORT = "form-province-report";
    public static final String FORM_APPROVE_PROVINCE_REPORT = "form-approve-province-report";
    public static final String FORM_SUBMISSION = "form-submission";

    /** The business key of a unit's reporting instance: "cycle/unit". */
    public static String unitReportKey(long cycleId, String unitCode) {
        return cycleId + "/" + unitCode;
    }

    /** The unit a business key names ("cycle/unit"), or null for a campaign's key ("cycle"). */
    public static String unitOfKey(String businessKey) {
        int slash = businessKey.indexOf('/');
        return slash < 0 || slash == businessKey.length() - 1 ? null : businessKey.substring(slash + 1);
    }

    private ProcessIds() {
    }
}
