package vn.congdoan.baocao.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/campaign.bpmn", "forms/draft-plan.form"})
class CampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    @Test
    void policyDeptDraftsThePlanAndTheProcessEnds() {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN);

        assertThat(cycle).isWaitingAt(ProcessIds.TASK_DRAFT_PLAN);
        assertThat(task()).hasCandidateGroup(ProcessIds.GROUP_POLICY_DEPT);

        complete(task(), withVariables("planNumber", "23/KH-LĐLĐ", "planDate", "2020-06-11"));

        assertThat(cycle).hasPassedInOrder(ProcessIds.START_EVENT_CYCLE_REQUESTED, ProcessIds.TASK_DRAFT_PLAN,
                ProcessIds.END_EVENT_PLAN_DRAFTED).isEnded();
        assertThat(cycle).variables().containsEntry("planNumber", "23/KH-LĐLĐ");
    }
}
