package vn.congdoan.baocao.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;

/** Shows the submitted report, read-only, to the reviewer; clears the decision of an earlier round. */
@Component
class ReviewReportTaskListener implements TaskListener {

    private final ReportService reports;

    ReviewReportTaskListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        String unitCode = CycleVariables.unitCode(task);
        ReportForm form = reports.form(cycleId);
        task.setVariablesLocal(UnitReportForm.fields(form, reports.content(cycleId, unitCode)));
        task.setVariableLocal(UnitReportForm.LAYOUT,
                SpinValues.jsonValue(UnitReportForm.layout(form, List.of(), null)).create());
        task.setVariable(ProcessVariables.REPORT_DECISION, null);
        task.setVariable(ProcessVariables.REPORT_COMMENT, null);
    }
}
