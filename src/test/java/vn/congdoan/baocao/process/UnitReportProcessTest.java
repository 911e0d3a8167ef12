package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdoan.baocao.security.ProvinceGroups;

/** A unit's report: drafts, refusal, returns, acceptance; its reminders; extension and closing of collection. */
@Deployment(resources = {"bpmn/unit-report.bpmn", "bpmn/reminders.bpmn"})
class UnitReportProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private ProcessStandIns standIns;

    @BeforeEach
    void registerStandIns() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        standIns = ProcessStandIns.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ProcessClock.reset();
    }

    @Test
    void draftsRefusalTwoReturnsThenAccepted() {
        ProcessInstance report = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_UNIT_REPORT, "5/hoalu",
                Map.of(ProcessVariables.CYCLE_ID, 5L, ProcessVariables.UNIT_CODE, "hoalu"));
        // the unit's task is prepared in a job of the unit's own instance, not in the campaign's
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.START_EVENT_REPORT_REQUESTED);
        execute(job(report));
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup("hoalu").hasDueDate(Date.from(ProcessStandIns.UNIT_DUE));
        assertThat(task().getFollowUpDate()).isEqualTo(Date.from(ProcessStandIns.UNIT_DUE.minus(Duration.ofDays(5))));

        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_DRAFT));
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT);
        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_DRAFT));

        standIns.reportComplete = false;
        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT);

        standIns.reportComplete = true;
        for (int round = 0; round < 2; round++) {
            complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
            BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_REVIEW_REPORT);
            BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProvinceGroups.POLICY_DEPT);
            complete(task(), withVariables(ProcessVariables.REPORT_DECISION, "RETURN",
                    ProcessVariables.REPORT_COMMENT, "Bổ sung số liệu"));
            BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT);
        }
        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.REPORT_DECISION, "ACCEPT"));

        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.END_EVENT_REPORT_ACCEPTED);
        BpmnAwareTests.execute(BpmnAwareTests.job());
        BpmnAwareTests.assertThat(report).hasPassed(ProcessIds.GATEWAY_REPORT_ACTION, ProcessIds.SERVICE_TASK_VALIDATE_REPORT,
                ProcessIds.GATEWAY_REPORT_VALID, ProcessIds.GATEWAY_REPORT_ACCEPTED).isEnded();
        assertThat(standIns.calls).containsExactly("store:hoalu", "store:hoalu", "store:hoalu", "store:hoalu",
                "reviewed:RETURN", "store:hoalu", "reviewed:RETURN", "store:hoalu", "reviewed:ACCEPT");
        assertThat(processInstanceQuery().count()).isZero();
    }

    @Test
    void remindersBeforeOnAndAfterTheDueDateThenNoneOnceSubmitted() {
        ProcessClock.set(Instant.parse("2020-08-01T00:00:00Z"));
        ProcessInstance report = start();
        ProcessInstance reminders = ProcessClock.remindersOf(report);
        Instant due = ProcessStandIns.UNIT_DUE;

        ProcessClock.fire(reminders, due.minus(Duration.ofDays(5)));
        ProcessClock.fire(reminders, due.minus(Duration.ofDays(1)));
        ProcessClock.fire(reminders, due);
        ProcessClock.fire(reminders, due.plus(Duration.ofDays(2)));
        ProcessClock.fire(reminders, due.plus(Duration.ofDays(4)));
        assertThat(standIns.calls).containsExactly("remind:UNIT_REPORT:hoalu:-P5D", "remind:UNIT_REPORT:hoalu:-P1D",
                "remind:UNIT_REPORT:hoalu:PT0S", "remind:UNIT_REPORT:hoalu:P2D", "remind:UNIT_REPORT:hoalu:P4D");
        assertThat(ProcessClock.timerOf(reminders).getDuedate().toInstant()).isEqualTo(due.plus(Duration.ofDays(6)));

        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_REVIEW_REPORT);
        assertThat(ProcessClock.remindersOf(report)).isNull();
        assertThat(jobQuery().timers().count()).isZero();
    }

    @Test
    void aReturnedReportIsRemindedAgainFromWhereTheScheduleStands() {
        ProcessClock.set(ProcessStandIns.UNIT_DUE.plus(Duration.ofHours(30)));
        ProcessInstance report = start();
        assertThat(ProcessClock.timerOf(ProcessClock.remindersOf(report)).getDuedate().toInstant())
                .isEqualTo(ProcessStandIns.UNIT_DUE.plus(Duration.ofDays(2)));
        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
        ProcessClock.set(ProcessStandIns.UNIT_DUE.plus(Duration.ofDays(3)));
        complete(task(), withVariables(ProcessVariables.REPORT_DECISION, "RETURN", ProcessVariables.REPORT_COMMENT, "Sửa"));

        ProcessInstance again = ProcessClock.remindersOf(report);
        ProcessClock.fire(again, ProcessStandIns.UNIT_DUE.plus(Duration.ofDays(4)));
        assertThat(standIns.calls).contains("remind:UNIT_REPORT:hoalu:P4D");
    }

    @Test
    void anExtensionGivesANewDueDateAndFreshReminders() {
        ProcessClock.set(Instant.parse("2020-08-25T00:00:00Z"));
        ProcessInstance report = start();
        standIns.extendedDue = Instant.parse("2020-08-31T16:59:59Z");

        runtimeService().signalEventReceived("deadline-extended-5");

        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT, ProcessIds.CALL_ACTIVITY_UNIT_REMINDERS)
                .hasPassed(ProcessIds.SERVICE_TASK_APPLY_EXTENSION);
        assertThat(standIns.calls).containsExactly("extend:hoalu");
        ProcessClock.fire(ProcessClock.remindersOf(report), standIns.extendedDue.minus(Duration.ofDays(5)));
        assertThat(standIns.calls).containsExactly("extend:hoalu", "remind:UNIT_REPORT:hoalu:-P5D");
        // another cycle's signal does not reach this report
        runtimeService().signalEventReceived("deadline-extended-6");
        assertThat(standIns.calls).hasSize(2);
    }

    @Test
    void closingCollectionMakesAnUnsubmittedReportMissing() {
        ProcessInstance report = start();
        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_DRAFT));

        runtimeService().signalEventReceived("collection-closed-5");

        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.END_EVENT_REPORT_MISSING);
        assertThat(ProcessClock.remindersOf(report)).isNull();
        BpmnAwareTests.execute(BpmnAwareTests.job());
        BpmnAwareTests.assertThat(report).hasPassed(ProcessIds.SERVICE_TASK_MARK_MISSING).isEnded();
        assertThat(standIns.calls).containsExactly("store:hoalu", "missing:hoalu");
    }

    @Test
    void closingCollectionLeavesASubmittedReportToItsReviewer() {
        ProcessInstance report = start();
        complete(task(), withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));

        runtimeService().signalEventReceived("collection-closed-5");

        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_REVIEW_REPORT);
        assertThat(standIns.calls).doesNotContain("missing:hoalu");
    }

    private static ProcessInstance start() {
        ProcessInstance report = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_UNIT_REPORT, "5/hoalu",
                Map.of(ProcessVariables.CYCLE_ID, 5L, ProcessVariables.UNIT_CODE, "hoalu"));
        execute(job(report));
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT, ProcessIds.CALL_ACTIVITY_UNIT_REMINDERS);
        return report;
    }
}
