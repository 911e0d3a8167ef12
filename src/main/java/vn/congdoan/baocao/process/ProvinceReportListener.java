package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.report.ReportService;

/** Stores what the policy dept. typed in the Tasklist form, as a draft or to submit. */
@Component
class ProvinceReportListener implements TaskListener {

    private final ProvinceReports provinceReports;
    private final ReportService reports;

    ProvinceReportListener(ProvinceReports provinceReports, ReportService reports) {
        this.provinceReports = provinceReports;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        FormActions.check(task, ProcessVariables.PROVINCE_ACTION);
        if (ApplicationCompletion.running()) {
            return;
        }
        long cycleId = CycleVariables.cycleId(task);
        provinceReports.store(cycleId, UnitReportForm.sections(reports.form(cycleId), task.getVariables()));
    }
}
