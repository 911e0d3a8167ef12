package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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

/** A unit's report: drafts, a refused submission, two returns, acceptance. */
@Deployment(resources = {"bpmn/unit-report.bpmn", "forms/unit-report.form", "forms/review-report.form"})
class UnitReportProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private ProcessStandIns standIns;

    @BeforeEach
    void registerStandIns() {
        standIns = ProcessStandIns.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void draftsRefusalTwoReturnsThenAccepted() {
        ProcessInstance report = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS_UNIT_REPORT, "5/hoalu",
                Map.of(ProcessVariables.CYCLE_ID, 5L, ProcessVariables.UNIT_CODE, "hoalu"));
        BpmnAwareTests.assertThat(report).isWaitingAt(ProcessIds.TASK_FILL_REPORT);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup("hoalu");

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
            BpmnAwareTests.assertThat(task()).hasCandidateGroup(ProcessIds.GROUP_POLICY_DEPT);
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
    }
}
