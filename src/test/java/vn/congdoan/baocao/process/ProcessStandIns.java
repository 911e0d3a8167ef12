package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the application's listeners and delegates, so that the process tests walk the models
 * alone. Each records what it was asked; the report check answers what the test says.
 */
final class ProcessStandIns {

    final List<String> calls = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    boolean reportComplete = true;

    static ProcessStandIns register() {
        ProcessStandIns standIns = new ProcessStandIns();
        Mocks.register("createCycleListener", (ExecutionListener) execution -> standIns.calls.add("create"));
        Mocks.register("cycleStageListener",
                (ExecutionListener) execution -> standIns.calls.add("stage:" + execution.getCurrentActivityId()));
        Mocks.register("planTaskListener", (TaskListener) task -> standIns.calls.add("show:" + task.getTaskDefinitionKey()));
        Mocks.register("planReviewListener",
                (TaskListener) task -> standIns.calls.add("review:" + task.getVariable(ProcessVariables.PLAN_DECISION)));
        Mocks.register("issuePlanDelegate", (JavaDelegate) execution -> standIns.calls.add("issue"));
        Mocks.register("distributeReportsDelegate", (JavaDelegate) execution -> standIns.calls.add("distribute"));
        Mocks.register("reportUnits", new Units(standIns.units));
        Mocks.register("unitReportStartListener", (ExecutionListener) execution -> {
            execution.setVariable(ProcessVariables.UNIT_GROUP, execution.getVariable(ProcessVariables.UNIT_CODE));
            execution.setVariable(ProcessVariables.REPORT_DUE_AT, null);
        });
        Mocks.register("fillReportTaskListener", (TaskListener) task -> { });
        Mocks.register("fillReportListener", (TaskListener) task ->
                standIns.calls.add("store:" + task.getVariable(ProcessVariables.UNIT_CODE)));
        Mocks.register("validateReportDelegate", (JavaDelegate) execution ->
                execution.setVariable(ProcessVariables.REPORT_VALID, standIns.reportComplete));
        Mocks.register("reviewReportTaskListener", (TaskListener) task -> { });
        Mocks.register("reportReviewListener", (TaskListener) task ->
                standIns.calls.add("reviewed:" + task.getVariable(ProcessVariables.REPORT_DECISION)));
        return standIns;
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
}
