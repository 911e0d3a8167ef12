package vn.congdoan.baocao.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

import vn.congdoan.baocao.notification.ReminderSchedule;

/**
 * Stand-ins for the application's listeners and delegates, so that the process tests walk the models
 * alone. Each records what it was asked; the report check answers what the test says.
 */
final class ProcessStandIns {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** "trước ngày 20/8/2020" */
    static final Instant UNIT_DUE = LocalDate.of(2020, 8, 19).atTime(23, 59, 59).atZone(ZONE).toInstant();
    static final Instant CUT_OFF = LocalDate.of(2020, 8, 26).atTime(23, 59, 59).atZone(ZONE).toInstant();
    static final Instant PROVINCE_DUE = LocalDate.of(2020, 9, 9).atTime(23, 59, 59).atZone(ZONE).toInstant();
    static final Instant SUBMISSION_DUE = LocalDate.of(2020, 9, 14).atTime(23, 59, 59).atZone(ZONE).toInstant();
    static final ReminderSchedule SCHEDULE = ReminderSchedule.of(List.of("P5D", "P1D"), "P2D");

    final List<String> calls = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    /** Subject keys whose work is done: reminders skip them, as the application's do. */
    final Set<String> done = new HashSet<>();
    boolean reportComplete = true;
    boolean provinceComplete = true;
    Instant extendedDue;
    /** The units' due date as the report holds it: {@link #UNIT_DUE}, or the extended one once applied. */
    Instant unitDue = UNIT_DUE;
    /** Whether the submission names a national cycle. */
    boolean nationalRequested;
    /** What the national instance answers each delivery or reading, in turn; {@link #DOWN}: no answer. */
    final Deque<String> nationalAnswers = new ArrayDeque<>();
    static final String DOWN = "DOWN";

    static ProcessStandIns register() {
        ProcessStandIns standIns = new ProcessStandIns();
        Mocks.register("campaignStartedListener", (ExecutionListener) execution -> standIns.calls.add("create"));
        Mocks.register("campaignStepStartedListener",
                (ExecutionListener) execution -> standIns.calls.add("stage:" + execution.getCurrentActivityId()));
        Mocks.register("planTaskCreatedListener", (TaskListener) task -> standIns.calls.add("show:" + task.getTaskDefinitionKey()));
        Mocks.register("planDraftTaskCompletedListener", (TaskListener) task -> { });
        Mocks.register("planReviewTaskCompletedListener",
                (TaskListener) task -> standIns.calls.add("review:" + task.getVariable(ProcessVariables.PLAN_DECISION)));
        Mocks.register("issuePlanDelegate", (JavaDelegate) execution -> standIns.calls.add("issue"));
        Mocks.register("distributeReportsDelegate", (JavaDelegate) execution -> {
            standIns.calls.add("distribute");
            execution.setVariable(ProcessVariables.CUT_OFF_AT, Date.from(CUT_OFF));
        });
        Mocks.register("reportUnits", new Units(standIns.units));
        Mocks.register("unitReportStartedListener", (ExecutionListener) execution -> { });
        Mocks.register("unitReportAssignment", standIns.new Assignment());
        Mocks.register("remindersStartedListener", (ExecutionListener) execution ->
                await(execution, SCHEDULE.next(reminderDue(execution), ClockUtil.getCurrentTime().toInstant())));
        Mocks.register("sendReminderDelegate", (JavaDelegate) execution -> {
            Instant awaited = ((Date) execution.getVariable(ProcessVariables.REMINDER_AT)).toInstant();
            ReminderSchedule.Slot slot = SCHEDULE.reached(reminderDue(execution), awaited,
                    ClockUtil.getCurrentTime().toInstant());
            String key = (String) execution.getVariable(ProcessVariables.REMINDER_SUBJECT_KEY);
            if (!standIns.done.contains(key)) {
                standIns.calls.add("remind:" + execution.getVariable(ProcessVariables.REMINDER_SUBJECT) + ":" + key
                        + ":" + slot.offset());
            }
            await(execution, SCHEDULE.next(reminderDue(execution), slot.at()));
        });
        Mocks.register("applyExtensionDelegate", (JavaDelegate) execution -> {
            standIns.calls.add("extend:" + execution.getVariable(ProcessVariables.UNIT_CODE));
            standIns.unitDue = standIns.extendedDue;
        });
        Mocks.register("markMissingDelegate", (JavaDelegate) execution ->
                standIns.calls.add("missing:" + execution.getVariable(ProcessVariables.UNIT_CODE)));
        Mocks.register("lateUnitsTaskCreatedListener", (TaskListener) task -> standIns.calls.add("show:" + task.getTaskDefinitionKey()));
        Mocks.register("lateUnitsTaskCompletedListener", (TaskListener) task -> {
            standIns.calls.add("late:" + task.getVariable(ProcessVariables.LATE_DECISION));
            if ("EXTEND".equals(task.getVariable(ProcessVariables.LATE_DECISION))) {
                task.setVariable(ProcessVariables.CUT_OFF_AT, Date.from(standIns.extendedDue));
            }
        });
        Mocks.register("aggregateDelegate", (JavaDelegate) execution -> {
            standIns.calls.add("aggregate");
            execution.setVariable(ProcessVariables.PROVINCE_DUE_AT, Date.from(PROVINCE_DUE));
            execution.setVariable(ProcessVariables.SUBMISSION_DUE_AT, Date.from(SUBMISSION_DUE));
        });
        Mocks.register("provinceReportTaskCreatedListener", (TaskListener) task -> standIns.calls.add("show:" + task.getTaskDefinitionKey()));
        Mocks.register("provinceReportTaskCompletedListener", (TaskListener) task -> standIns.calls.add("store:province"));
        Mocks.register("validateProvinceReportDelegate", (JavaDelegate) execution ->
                execution.setVariable(ProcessVariables.PROVINCE_VALID, standIns.provinceComplete));
        Mocks.register("provinceReviewTaskCompletedListener", (TaskListener) task ->
                standIns.calls.add("province:" + task.getVariable(ProcessVariables.PROVINCE_DECISION)));
        Mocks.register("submissionTaskCreatedListener", (TaskListener) task -> standIns.calls.add("show:" + task.getTaskDefinitionKey()));
        Mocks.register("submissionTaskCompletedListener", (TaskListener) task -> standIns.calls.add("submission:recorded"));
        Mocks.register("sendSubmissionDelegate", (JavaDelegate) execution -> standIns.calls.add("submission:sent"));
        Mocks.register("nationalRoute", standIns.new NationalRoute());
        Mocks.register("deliverToNationalDelegate", (JavaDelegate) execution -> standIns.national(execution, "deliver"));
        Mocks.register("checkNationalReviewDelegate", (JavaDelegate) execution -> standIns.national(execution, "check"));
        Mocks.register("unitReportTaskCreatedListener", (TaskListener) task -> { });
        Mocks.register("unitReportTaskCompletedListener", (TaskListener) task ->
                standIns.calls.add("store:" + task.getVariable(ProcessVariables.UNIT_CODE)));
        Mocks.register("validateReportDelegate", (JavaDelegate) execution ->
                execution.setVariable(ProcessVariables.REPORT_VALID, standIns.reportComplete));
        Mocks.register("reviewReportTaskCreatedListener", (TaskListener) task -> { });
        Mocks.register("reviewReportTaskCompletedListener", (TaskListener) task ->
                standIns.calls.add("reviewed:" + task.getVariable(ProcessVariables.REPORT_DECISION)));
        return standIns;
    }

    private void national(DelegateExecution execution, String step) {
        String answer = nationalAnswers.poll();
        calls.add("national:" + step + ":" + answer);
        if (answer == null || DOWN.equals(answer)) {
            throw new IllegalStateException("The national instance cannot be reached");
        }
        execution.setVariable(ProcessVariables.NATIONAL_REVIEW, answer);
    }

    private static Instant reminderDue(DelegateExecution execution) {
        return ((Date) execution.getVariable(ProcessVariables.REMINDER_DUE_AT)).toInstant();
    }

    private static void await(DelegateExecution execution, ReminderSchedule.Slot slot) {
        execution.setVariable(ProcessVariables.REMINDER_AT, Date.from(slot.at()));
        execution.setVariable(ProcessVariables.REMINDER_SLOT, slot.offset());
    }

    /** The multi-instance collection: public, so that the expression language can call it. */
    public static final class Units {
        private final List<String> units;

        Units(List<String> units) {
            this.units = units;
        }

        public List<String> of(long cycleId) {
            return List.copyOf(units);
        }
    }

    /** Whether the report goes to the national instance, and how often its review is read. */
    public class NationalRoute {

        public boolean requested(long cycleId) {
            return nationalRequested;
        }

        public String pollInterval() {
            return "PT1H";
        }
    }

    /** The unit's group (named as the unit), due and follow-up dates, as the application reads them from the report. */
    public class Assignment {

        public String group(long cycleId, String unitCode) {
            return unitCode;
        }

        public Date dueAt(long cycleId, String unitCode) {
            return Date.from(unitDue);
        }

        public Date followUpAt(long cycleId, String unitCode) {
            return Date.from(unitDue.minus(Duration.ofDays(5)));
        }
    }
}
