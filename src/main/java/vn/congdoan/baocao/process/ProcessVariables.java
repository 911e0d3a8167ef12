package vn.congdoan.baocao.process;

import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.province.SubmissionRecord;

/** Every process variable and form field key; written here once. Variables hold ids and decisions only. */
public final class ProcessVariables {

    public static final String CYCLE_ID = "cycleId";

    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_COMMENT = "planComment";
    /** The day the plan is issued on (yyyy-MM-dd), offered by the approval form, confirmed or changed by leadership. */
    public static final String PLAN_ISSUE_DATE = "planIssueDate";

    public static final String UNIT_CODE = "unitCode";
    /**
     * The unit's group, due and follow-up dates as instance variables: read by the unit-report models of earlier
     * releases only; the current model asks {@code unitReportAssignment} as the task is created.
     */
    public static final String UNIT_GROUP = "unitGroup";
    public static final String REPORT_DUE_AT = "reportDueAt";
    public static final String REPORT_FOLLOW_UP_AT = "reportFollowUpAt";

    /** Set by the unit's form or the API: keep as draft, or submit. */
    public static final String REPORT_ACTION = "reportAction";
    public static final String ACTION_DRAFT = "DRAFT";
    public static final String ACTION_SUBMIT = "SUBMIT";
    public static final String REPORT_VALID = "reportValid";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_COMMENT = "reportComment";

    /** Instants the campaign's timers wait for (dates, not data). */
    public static final String CUT_OFF_AT = "cutOffAt";
    public static final String PROVINCE_DUE_AT = "provinceDueAt";
    public static final String SUBMISSION_DUE_AT = "submissionDueAt";

    /** Leadership at the cut-off: EXTEND (with the new due date) or CLOSE. */
    public static final String LATE_DECISION = "lateDecision";
    public static final String LATE_UNTIL = "lateUntil";
    public static final String LATE_UNITS_SUMMARY = "lateUnitsSummary";

    public static final String PROVINCE_ACTION = "provinceAction";
    public static final String PROVINCE_VALID = "provinceValid";
    public static final String PROVINCE_DECISION = "provinceDecision";
    public static final String PROVINCE_COMMENT = "provinceComment";

    /** The submission form's fields (see {@link SubmissionRecord}). */
    public static final String SUBMISSION_NUMBER = SubmissionRecord.NUMBER;
    public static final String SUBMISSION_DATE = SubmissionRecord.DATE;
    public static final String SUBMISSION_SENDER = SubmissionRecord.SENDER;
    public static final String SUBMISSION_ADDRESS = SubmissionRecord.ADDRESS;
    public static final String SUBMISSION_NATIONAL_CYCLE = SubmissionRecord.NATIONAL_CYCLE;
    /** Where the national review of the delivered report stands: SUBMITTED (waiting), ACCEPTED or RETURNED. */
    public static final String NATIONAL_REVIEW = "nationalReview";
    /** Json {"text"}: the links to the package sent (report .docx, appendix .xlsx), shown in the submission form. */
    public static final String SUBMISSION_PACKAGE = "submissionPackage";

    /** The deadline-reminders process: what it reminds of, by when, and its next slot. */
    public static final String REMINDER_SUBJECT = "reminderSubject";
    public static final String REMINDER_SUBJECT_KEY = "reminderSubjectKey";
    public static final String REMINDER_DUE_AT = "reminderDueAt";
    public static final String REMINDER_AT = "reminderAt";
    public static final String REMINDER_SLOT = "reminderSlot";

    /** The report forms' Json variables (see {@link ReportFormKeys}). */
    public static final String FORM_VALUES = ReportFormKeys.VALUES;
    public static final String FORM_SECTIONS = ReportFormKeys.SECTIONS;
    public static final String FORM_UNIT_TEXTS = ReportFormKeys.UNIT_TEXTS;
    public static final String FORM_EXPLANATIONS = ReportFormKeys.EXPLANATIONS;
    public static final String DRAFT_VERSION = ReportFormKeys.DRAFT_VERSION;

    /** Task-local, shown by the forms: filled from the database when the task is created. */
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String LAST_RETURN_COMMENT = "lastReturnComment";

    private ProcessVariables() {
    }
}
