package vn.congdoan.baocao.process.unitreport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.process.tasklist.FormActions;
import vn.congdoan.baocao.report.ReportService;

/** Records the reviewer's decision on a unit's report when the review task completes (Tasklist or API). */
@Component
class ReviewReportTaskCompletedListener implements TaskListener {

    private final ReportService reports;
    private final IdentityService identity;

    ReviewReportTaskCompletedListener(ReportService reports, IdentityService identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.recordReview(CycleVariables.cycleId(task), CycleVariables.unitCode(task),
                FormActions.decision(task, ProcessVariables.REPORT_DECISION),
                CycleVariables.text(task, ProcessVariables.REPORT_COMMENT), EngineUser.current(identity));
    }
}
