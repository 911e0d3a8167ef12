package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdoan.baocao.security.ProvinceGroups;

/** The campaign model's paths, with its listeners and delegates standing in for the application. */
@Deployment(resources = {"bpmn/campaign.bpmn", "bpmn/unit-report.bpmn", "bpmn/reminders.bpmn",
        "forms/approve-plan.form", "forms/late-units.form",
        "forms/submission.form"})
class CampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private ProcessStandIns standIns;

    @BeforeEach
    void registerStandIns() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        standIns = ProcessStandIns.register();
        standIns.units.addAll(List.of("hoalu", "cdn-yte"));
        ProcessClock.set(Instant.parse("2020-06-11T02:00:00Z"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ProcessClock.reset();
    }

    @Test
    void planReturnedOnceThenApprovedIssuedAndDistributed() {
        ProcessInstance cycle = start(7L);

        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProvinceGroups.POLICY_DEPT);
        complete(task());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_APPROVE_PLAN);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProvinceGroups.LEADERSHIP);
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "RETURN",
                ProcessVariables.PLAN_COMMENT, "Sửa hạn"));

        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        complete(task());
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "ACCEPT"));

        BpmnAwareTests.assertThat(cycle).hasPassedInOrder(ProcessIds.START_EVENT_CYCLE_REQUESTED,
                ProcessIds.TASK_DRAFT_PLAN, ProcessIds.TASK_APPROVE_PLAN, ProcessIds.TASK_DRAFT_PLAN,
                ProcessIds.TASK_APPROVE_PLAN, ProcessIds.SERVICE_TASK_ISSUE_PLAN,
                ProcessIds.SERVICE_TASK_DISTRIBUTE_REPORTS);
        assertThat(standIns.calls).containsExactly("create",
                "stage:" + ProcessIds.TASK_DRAFT_PLAN, "show:" + ProcessIds.TASK_DRAFT_PLAN,
                "stage:" + ProcessIds.TASK_APPROVE_PLAN, "show:" + ProcessIds.TASK_APPROVE_PLAN, "review:RETURN",
                "stage:" + ProcessIds.TASK_DRAFT_PLAN, "show:" + ProcessIds.TASK_DRAFT_PLAN,
                "stage:" + ProcessIds.TASK_APPROVE_PLAN, "show:" + ProcessIds.TASK_APPROVE_PLAN, "review:ACCEPT",
                "issue", "stage:" + ProcessIds.SERVICE_TASK_DISTRIBUTE_REPORTS, "distribute");
        // each unit's instance is started by a job of its own; the cut-off waits beside them
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING);
        assertThat(jobQuery().processInstanceId(cycle.getId()).messages().count()).isEqualTo(2);
        assertThat(ProcessClock.timerOf(cycle).getDuedate().toInstant()).isEqualTo(ProcessStandIns.CUT_OFF);
    }

    @Test
    void everyReportAcceptedBeforeTheCutOffLeadsToTheProvincialReportAndTheEnd() {
        ProcessInstance cycle = distributed(8L);
        for (String unit : standIns.units) {
            acceptReport(8L, unit);
        }
        // the reviewers' transactions stopped at the async end events: the joins are jobs
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING);
        ProcessClock.runDueJobs();

        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.SERVICE_TASK_AGGREGATE)
                .hasNotPassed(ProcessIds.TASK_DECIDE_LATE_UNITS)
                .isWaitingAt(ProcessIds.TASK_DRAFT_PROVINCE_REPORT, ProcessIds.CALL_ACTIVITY_PROVINCE_REMINDERS);
        assertThat(jobQuery().timers().processInstanceId(cycle.getId()).count()).isZero();
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProvinceGroups.POLICY_DEPT)
                .hasDueDate(Date.from(ProcessStandIns.PROVINCE_DUE));

        provincialReportReturnedOnceThenApproved(cycle);
        submitted(cycle);
        assertThat(standIns.calls).containsSubsequence("aggregate",
                "stage:" + ProcessIds.TASK_DRAFT_PROVINCE_REPORT, "store:province",
                "stage:" + ProcessIds.TASK_DRAFT_PROVINCE_REPORT, "store:province",
                "stage:" + ProcessIds.TASK_DRAFT_PROVINCE_REPORT, "store:province",
                "stage:" + ProcessIds.TASK_APPROVE_PROVINCE_REPORT, "province:RETURN",
                "stage:" + ProcessIds.TASK_DRAFT_PROVINCE_REPORT, "store:province",
                "stage:" + ProcessIds.TASK_APPROVE_PROVINCE_REPORT, "province:ACCEPT",
                "stage:" + ProcessIds.TASK_RECORD_SUBMISSION, "submission:recorded", "submission:sent",
                "stage:" + ProcessIds.END_EVENT_CYCLE_CLOSED);
    }

    @Test
    void atTheCutOffLeadershipExtendsThenClosesAndTheMissingUnitEndsTheCollection() {
        ProcessInstance cycle = distributed(9L);
        acceptReport(9L, "hoalu");
        ProcessClock.runDueJobs();
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING);

        ProcessClock.fire(cycle, ProcessStandIns.CUT_OFF);
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING,
                ProcessIds.TASK_DECIDE_LATE_UNITS);
        Task decide = taskQuery().processInstanceId(cycle.getId()).singleResult();
        BpmnAwareTests.assertThat(decide).hasCandidateGroup(ProvinceGroups.LEADERSHIP);
        standIns.extendedDue = ProcessStandIns.CUT_OFF.plus(Duration.ofDays(4));
        complete(decide, withVariables(ProcessVariables.LATE_DECISION, "EXTEND", ProcessVariables.LATE_UNTIL, "2020-08-30"));
        ProcessClock.runDueJobs();

        // only the unit still filling hears the extension
        assertThat(standIns.calls).contains("extend:cdn-yte").doesNotContain("extend:hoalu");
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TIMER_EXTENDED_CUT_OFF);
        ProcessClock.fire(cycle, standIns.extendedDue);
        decide = taskQuery().processInstanceId(cycle.getId()).singleResult();
        BpmnAwareTests.assertThat(decide).hasDefinitionKey(ProcessIds.TASK_DECIDE_LATE_UNITS);
        complete(decide, withVariables(ProcessVariables.LATE_DECISION, "CLOSE"));
        ProcessClock.runDueJobs();

        assertThat(standIns.calls).containsSubsequence("stage:" + ProcessIds.TASK_DECIDE_LATE_UNITS, "late:EXTEND",
                "stage:" + ProcessIds.TIMER_EXTENDED_CUT_OFF, "extend:cdn-yte",
                "stage:" + ProcessIds.TASK_DECIDE_LATE_UNITS, "late:CLOSE",
                "stage:" + ProcessIds.END_EVENT_COLLECTION_CLOSED, "missing:cdn-yte", "aggregate");
        assertThat(processInstanceQuery().processDefinitionKey(ProcessIds.PROCESS_UNIT_REPORT).count()).isZero();
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PROVINCE_REPORT);
    }

    @Test
    void theProvincialReportAndTheSubmissionAreRemindedTowardsTheirDeadlines() {
        ProcessInstance cycle = distributed(10L);
        for (String unit : standIns.units) {
            acceptReport(10L, unit);
        }
        ProcessClock.runDueJobs();
        ProcessInstance provinceReminders = ProcessClock.remindersOf(cycle);
        Instant due = ProcessStandIns.PROVINCE_DUE;
        ProcessClock.fire(provinceReminders, due.minus(Duration.ofDays(5)));
        ProcessClock.fire(provinceReminders, due.minus(Duration.ofDays(1)));
        ProcessClock.fire(provinceReminders, due);
        ProcessClock.fire(provinceReminders, due.plus(Duration.ofDays(2)));
        assertThat(standIns.calls).containsSubsequence("remind:PROVINCE_REPORT:-:-P5D", "remind:PROVINCE_REPORT:-:-P1D",
                "remind:PROVINCE_REPORT:-:PT0S", "remind:PROVINCE_REPORT:-:P2D");

        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "ACCEPT"));
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_RECORD_SUBMISSION,
                ProcessIds.CALL_ACTIVITY_SUBMISSION_REMINDERS);
        ProcessInstance submissionReminders = ProcessClock.remindersOf(cycle);
        ProcessClock.fire(submissionReminders, ProcessStandIns.SUBMISSION_DUE.minus(Duration.ofDays(1)));
        assertThat(standIns.calls).contains("remind:SUBMISSION:-:-P1D");

        submitted(cycle);
        assertThat(jobQuery().timers().count()).isZero();
    }

    @Test
    void theReportDeliveredToTheNationalInstanceIsRetriedReturnedAmendedAndAccepted() {
        ProcessInstance cycle = distributed(12L);
        for (String unit : standIns.units) {
            acceptReport(12L, unit);
        }
        ProcessClock.runDueJobs();
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "ACCEPT"));
        standIns.nationalRequested = true;
        standIns.nationalAnswers.addAll(List.of(ProcessStandIns.DOWN, "SUBMITTED", "SUBMITTED", "RETURNED",
                "SUBMITTED", "ACCEPTED"));
        complete(task());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.SERVICE_TASK_SEND_SUBMISSION);
        execute(job());
        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.GATEWAY_NATIONAL_DELIVERY)
                .isWaitingAt(ProcessIds.SERVICE_TASK_DELIVER_TO_NATIONAL);

        // the national instance is down: the job waits ten minutes, five times, then it is an incident
        Job delivery = job();
        Instant failedAt = Instant.parse("2020-06-11T02:00:00Z");
        assertThatThrownBy(() -> managementService().executeJob(delivery.getId()))
                .hasMessageContaining("cannot be reached");
        Job retried = job();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate().toInstant()).isEqualTo(failedAt.plus(Duration.ofMinutes(10)));
        assertThat(retried.getExceptionMessage()).contains("cannot be reached");
        ProcessClock.set(failedAt.plus(Duration.ofMinutes(10)));
        execute(retried);
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TIMER_NATIONAL_REVIEW);
        assertThat(standIns.calls).contains("stage:" + ProcessIds.SERVICE_TASK_DELIVER_TO_NATIONAL);

        // read every hour: still waiting, then returned
        Instant delivered = failedAt.plus(Duration.ofMinutes(10));
        ProcessClock.fire(cycle, delivered.plus(Duration.ofHours(1)));
        execute(job());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TIMER_NATIONAL_REVIEW);
        ProcessClock.fire(cycle, delivered.plus(Duration.ofHours(2)));
        execute(job());

        // the report is the province's to amend and approve again, then it goes straight back up
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PROVINCE_REPORT,
                ProcessIds.CALL_ACTIVITY_PROVINCE_REMINDERS);
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "ACCEPT"));
        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.GATEWAY_AMENDED_FOR_NATION)
                .isWaitingAt(ProcessIds.SERVICE_TASK_DELIVER_TO_NATIONAL);
        execute(job());
        ProcessClock.fire(cycle, delivered.plus(Duration.ofHours(2)).plus(Duration.ofHours(1)));
        execute(job());

        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.SERVICE_TASK_CHECK_NATIONAL_REVIEW)
                .hasPassed(ProcessIds.END_EVENT_CYCLE_CLOSED).isEnded();
        assertThat(standIns.calls.stream().filter(call -> call.startsWith("national:")).toList()).containsExactly(
                "national:deliver:DOWN", "national:deliver:SUBMITTED", "national:check:SUBMITTED",
                "national:check:RETURNED", "national:deliver:SUBMITTED", "national:check:ACCEPTED");
        assertThat(standIns.calls.stream().filter(call -> call.startsWith("submission:")).toList())
                .as("recorded and mailed once").containsExactly("submission:recorded", "submission:sent");
        assertThat(processInstanceQuery().count()).isZero();
    }

    @Test
    void aReportTheNationalRulesRefuseGoesBackToTheProvinceAtOnce() {
        ProcessInstance cycle = distributed(13L);
        for (String unit : standIns.units) {
            acceptReport(13L, unit);
        }
        ProcessClock.runDueJobs();
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "ACCEPT"));
        standIns.nationalRequested = true;
        // the delegate answers a refusal as RETURNED: the province amends before anything is read
        standIns.nationalAnswers.addAll(List.of("RETURNED", "ACCEPTED"));
        complete(task());
        ProcessClock.runDueJobs();
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PROVINCE_REPORT);
        assertThat(jobQuery().timers().processInstanceId(cycle.getId()).count()).as("no reading while amending")
                .isZero();
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "ACCEPT"));
        ProcessClock.runDueJobs();
        BpmnAwareTests.assertThat(cycle).isEnded();
    }

    private void provincialReportReturnedOnceThenApproved(ProcessInstance cycle) {
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_DRAFT));
        standIns.provinceComplete = false;
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PROVINCE_REPORT);
        standIns.provinceComplete = true;
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_APPROVE_PROVINCE_REPORT);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProvinceGroups.LEADERSHIP);
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "RETURN",
                ProcessVariables.PROVINCE_COMMENT, "Bổ sung mục 4"));
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PROVINCE_REPORT);
        complete(task(), withVariables(ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(task(), withVariables(ProcessVariables.PROVINCE_DECISION, "ACCEPT"));
        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.SERVICE_TASK_VALIDATE_PROVINCE_REPORT)
                .isWaitingAt(ProcessIds.TASK_RECORD_SUBMISSION);
        assertThat(ProcessClock.remindersOf(cycle).getProcessDefinitionId()).isNotNull();
    }

    private static void submitted(ProcessInstance cycle) {
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProvinceGroups.POLICY_DEPT)
                .hasDueDate(Date.from(ProcessStandIns.SUBMISSION_DUE));
        complete(task());
        // the e-mail goes out in a job of its own
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.SERVICE_TASK_SEND_SUBMISSION);
        ProcessClock.runDueJobs();
        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.END_EVENT_CYCLE_CLOSED).isEnded();
        assertThat(processInstanceQuery().count()).isZero();
    }

    private ProcessInstance distributed(long cycleId) {
        ProcessInstance cycle = start(cycleId);
        complete(task());
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "ACCEPT"));
        ProcessClock.runDueJobs();
        assertThat(processInstanceQuery().processDefinitionKey(ProcessIds.PROCESS_UNIT_REPORT).count())
                .isEqualTo(standIns.units.size());
        return cycle;
    }

    private void acceptReport(long cycleId, String unit) {
        Task fill = taskQuery().processInstanceBusinessKey(cycleId + "/" + unit).singleResult();
        BpmnAwareTests.assertThat(fill).hasDefinitionKey(ProcessIds.TASK_FILL_REPORT).hasCandidateGroup(unit);
        complete(fill, withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
        complete(taskQuery().processInstanceBusinessKey(cycleId + "/" + unit).singleResult(),
                withVariables(ProcessVariables.REPORT_DECISION, "ACCEPT"));
    }

    private ProcessInstance start(long cycleId) {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN,
                String.valueOf(cycleId), Map.of(ProcessVariables.CYCLE_ID, cycleId));
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        return cycle;
    }
}
