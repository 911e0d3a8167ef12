package vn.congdoan.baocao.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.engine.ApplicationCompletion;
import vn.congdoan.baocao.process.tasklist.FormActions;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.ProvinceTexts;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.Violation;

/**
 * Stores what the policy dept. typed in the Tasklist form, as a draft or to submit. A submission that
 * cannot go to leadership is refused at Complete with what to fix, after the texts were stored.
 */
@Component
class ProvinceReportTaskCompletedListener implements TaskListener {

    private final ProvinceReports provinceReports;
    private final ReportService reports;

    ProvinceReportTaskCompletedListener(ProvinceReports provinceReports, ReportService reports) {
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
        ReportForm form = reports.form(cycleId);
        boolean legacy = LegacyReportForms.usedBy(task);
        // the static forms of earlier releases have no explanation boxes: what is stored stays
        ProvinceTexts texts = new ProvinceTexts(UnitReportForm.sections(form, task.getVariables()),
                legacy ? null : CycleReportFields.explanations(form, task.getVariables()));
        if (!legacy
                && ProcessVariables.ACTION_SUBMIT.equals(CycleVariables.text(task, ProcessVariables.PROVINCE_ACTION))) {
            List<Violation> problems = provinceReports.storeForSubmission(cycleId, texts);
            if (!problems.isEmpty()) {
                throw new ReportRejectedException("Báo cáo của tỉnh chưa trình được; nội dung đã được lưu thành bản "
                        + "nháp. Cần sửa:\n" + UnitReportForm.listed(form, problems), problems);
            }
        } else {
            provinceReports.store(cycleId, texts);
        }
    }
}
