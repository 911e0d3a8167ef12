package vn.congdoan.baocao.process.unitreport;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.report.ReportService;

/** The unit got more time: its task shows the new due date, and its reminders restart towards it. */
@Component
class ApplyExtensionDelegate implements JavaDelegate {

    private final ReportService reports;

    ApplyExtensionDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = Date.from(reports.dueAt(CycleVariables.cycleId(execution), CycleVariables.unitCode(execution)));
        if (execution.hasVariable(ProcessVariables.REPORT_DUE_AT)) {
            // a model of an earlier release: its reminders read the due date from the instance
            execution.setVariable(ProcessVariables.REPORT_DUE_AT, due);
        }
        var tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ProcessIds.TASK_FILL_REPORT).list()) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
    }
}
