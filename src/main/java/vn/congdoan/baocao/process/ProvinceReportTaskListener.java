package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewEntry;

/**
 * Shows the provincial report in its forms: the draft, every accepted unit's text per section, the
 * aggregated table, why a submission was refused and leadership's last comment.
 */
@Component
class ProvinceReportTaskListener implements TaskListener {

    private final ProvinceReports provinceReports;
    private final ReportService reports;
    private final CycleService cycles;

    ProvinceReportTaskListener(ProvinceReports provinceReports, ReportService reports, CycleService cycles) {
        this.provinceReports = provinceReports;
        this.reports = reports;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        ReportForm form = reports.form(cycleId);
        ProvinceReportView report = provinceReports.view(cycleId);
        task.setVariablesLocal(ProvinceReportForm.fields(form, report));
        List<Violation> refused = new ArrayList<>();
        if (ProcessVariables.ACTION_SUBMIT.equals(CycleVariables.text(task, ProcessVariables.PROVINCE_ACTION))
                && Boolean.FALSE.equals(task.getVariable(ProcessVariables.PROVINCE_VALID))) {
            refused.addAll(provinceReports.submissionProblems(cycleId));
        }
        String returnComment = null;
        if (report.status() == ReportStatus.RETURNED && !report.reviews().isEmpty()) {
            ReviewEntry last = report.reviews().get(report.reviews().size() - 1);
            returnComment = last.decision() == Decision.RETURN ? last.comment() : null;
        }
        task.setVariable(ProcessVariables.PROVINCE_ACTION, null);
        task.setVariable(ProcessVariables.PROVINCE_DECISION, null);
        task.setVariable(ProcessVariables.PROVINCE_COMMENT, null);
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle);
        String title = cycle.issuer() + " · Kế hoạch số " + cycle.planNumber() + " · hạn "
                + ReportTitles.at(report.dueAt());
        task.setVariableLocal(UnitReportForm.LAYOUT, SpinValues.jsonValue(
                ProvinceReportForm.layout(form, title, report, refused, returnComment)).create());
    }
}
