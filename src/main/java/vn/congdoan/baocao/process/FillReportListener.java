package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.report.ReportService;

/** Stores what the unit typed in its Tasklist form, whether it keeps it as a draft or submits it. */
@Component
class FillReportListener implements TaskListener {

    private final ReportService reports;

    FillReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        FormActions.check(task, ProcessVariables.REPORT_ACTION);
        if (ApplicationCompletion.running()) {
            return;
        }
        long cycleId = CycleVariables.cycleId(task);
        Object formVersion = task.getVariable(ProcessVariables.DRAFT_VERSION);
        reports.storeFromForm(cycleId, CycleVariables.unitCode(task),
                UnitReportForm.read(reports.form(cycleId), task.getVariables()),
                formVersion instanceof Number n ? n.intValue() : null);
    }
}
