package vn.congdoan.baocao.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign model's paths, with its listeners and delegates standing in for the application. */
@Deployment(resources = {"bpmn/campaign.bpmn", "forms/start-cycle.form", "forms/draft-plan.form",
        "forms/approve-plan.form"})
class CampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        Mocks.register("createCycleListener", (ExecutionListener) execution -> calls.add("create"));
        Mocks.register("cycleStageListener",
                (ExecutionListener) execution -> calls.add("stage:" + execution.getCurrentActivityId()));
        Mocks.register("planTaskListener", (TaskListener) task -> calls.add("show:" + task.getTaskDefinitionKey()));
        Mocks.register("planReviewListener",
                (TaskListener) task -> calls.add("review:" + task.getVariable(ProcessVariables.PLAN_DECISION)));
        Mocks.register("issuePlanDelegate", (JavaDelegate) execution -> calls.add("issue"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void planReturnedOnceThenApprovedAndIssued() {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN, "7",
                Map.of(ProcessVariables.CYCLE_ID, 7L));

        assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        assertThat(task()).hasCandidateGroup(ProcessIds.GROUP_POLICY_DEPT);
        complete(task());
        assertThat(cycle).isWaitingAt(ProcessIds.TASK_APPROVE_PLAN);
        assertThat(task()).hasCandidateGroup(ProcessIds.GROUP_LEADERSHIP);
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "RETURN",
                ProcessVariables.PLAN_COMMENT, "Sửa hạn"));

        assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        complete(task());
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "ACCEPT"));

        assertThat(cycle).hasPassedInOrder(ProcessIds.START_EVENT_CYCLE_REQUESTED, ProcessIds.TASK_DRAFT_PLAN,
                        ProcessIds.TASK_APPROVE_PLAN, ProcessIds.TASK_DRAFT_PLAN, ProcessIds.TASK_APPROVE_PLAN,
                        ProcessIds.SERVICE_TASK_ISSUE_PLAN, ProcessIds.END_EVENT_PLAN_ISSUED)
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("create",
                "stage:" + ProcessIds.TASK_DRAFT_PLAN, "show:" + ProcessIds.TASK_DRAFT_PLAN,
                "stage:" + ProcessIds.TASK_APPROVE_PLAN, "show:" + ProcessIds.TASK_APPROVE_PLAN, "review:RETURN",
                "stage:" + ProcessIds.TASK_DRAFT_PLAN, "show:" + ProcessIds.TASK_DRAFT_PLAN,
                "stage:" + ProcessIds.TASK_APPROVE_PLAN, "show:" + ProcessIds.TASK_APPROVE_PLAN, "review:ACCEPT",
                "issue", "stage:" + ProcessIds.END_EVENT_PLAN_ISSUED);
    }

    @Test
    void planApprovedAtOnce() {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN, "8",
                Map.of(ProcessVariables.CYCLE_ID, 8L));
        assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        complete(task());
        complete(task(), withVariables(ProcessVariables.PLAN_DECISION, "ACCEPT"));
        assertThat(cycle).hasPassed(ProcessIds.SERVICE_TASK_ISSUE_PLAN).isEnded();
    }
}
