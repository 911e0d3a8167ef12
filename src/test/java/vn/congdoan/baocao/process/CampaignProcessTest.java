package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign model's paths, with its listeners and delegates standing in for the application. */
@Deployment(resources = {"bpmn/campaign.bpmn", "bpmn/unit-report.bpmn", "forms/start-cycle.form",
        "forms/draft-plan.form", "forms/approve-plan.form", "forms/unit-report.form", "forms/review-report.form"})
class CampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private ProcessStandIns standIns;

    @BeforeEach
    void registerStandIns() {
        standIns = ProcessStandIns.register();
        standIns.units.addAll(List.of("hoalu", "cdn-yte"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void planReturnedOnceThenApprovedIssuedAndDistributed() {
        ProcessInstance cycle = start(7L);

        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProcessIds.GROUP_POLICY_DEPT);
        complete(task());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_APPROVE_PLAN);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProcessIds.GROUP_LEADERSHIP);
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
        // each unit's instance is started by a job of its own
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING);
        assertThat(jobQuery().processInstanceId(cycle.getId()).count()).isEqualTo(2);
    }

    @Test
    void everyUnitReportAcceptedEndsTheCollectionThroughRetryableJobs() {
        ProcessInstance cycle = start(8L);
        complete(task());
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "ACCEPT"));
        executeAllJobs();

        assertThat(processInstanceQuery().processDefinitionKey(ProcessIds.PROCESS_UNIT_REPORT).count()).isEqualTo(2);
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("8/hoalu").count())
                .isEqualTo(1);
        for (String unit : standIns.units) {
            org.camunda.bpm.engine.task.Task fill = taskQuery().processInstanceBusinessKey("8/" + unit).singleResult();
            BpmnAwareTests.assertThat(fill).hasDefinitionKey(ProcessIds.TASK_FILL_REPORT).hasCandidateGroup(unit);
            complete(fill, withVariables(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
            complete(taskQuery().processInstanceBusinessKey("8/" + unit).singleResult(),
                    withVariables(ProcessVariables.REPORT_DECISION, "ACCEPT"));
        }
        // the reviewers' transactions stopped at the async end events: the joins are jobs
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING);
        executeAllJobs();
        BpmnAwareTests.assertThat(cycle).hasPassed(ProcessIds.CALL_ACTIVITY_UNIT_REPORTING,
                ProcessIds.END_EVENT_REPORTS_COLLECTED).isEnded();
    }

    private static ProcessInstance start(long cycleId) {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN,
                String.valueOf(cycleId), Map.of(ProcessVariables.CYCLE_ID, cycleId));
        BpmnAwareTests.assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        return cycle;
    }

    static void executeAllJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = jobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> execute(job));
        }
        throw new AssertionError("jobs keep coming");
    }
}
