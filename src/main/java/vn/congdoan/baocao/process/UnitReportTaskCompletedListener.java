package vn.congdoan.baocao.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.engine.ApplicationCompletion;
import vn.congdoan.baocao.process.tasklist.FormActions;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportDraftSaved;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.Violation;

/**
 * Stores what the unit typed in its Tasklist form, whether it keeps it as a draft or submits it. A
 * submission that cannot go to review is refused at Complete with the list of what to fix, after the
 * draft was stored in a transaction of its own: the form stays as typed, and nothing is lost.
 */
@Component
class UnitReportTaskCompletedListener implements TaskListener {

    private final ReportService reports;
    private final ApplicationEventPublisher events;

    UnitReportTaskCompletedListener(ReportService reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        FormActions.check(task, ProcessVariables.REPORT_ACTION);
        if (ApplicationCompletion.running()) {
            return;
        }
        long cycleId = CycleVariables.cycleId(task);
        String unitCode = CycleVariables.unitCode(task);
        ReportForm form = reports.form(cycleId);
        Object formVersion = task.getVariable(ProcessVariables.DRAFT_VERSION);
        Integer version = formVersion instanceof Number n ? n.intValue() : null;
        if (LegacyReportForms.usedBy(task)) {
            reports.storeFromForm(cycleId, unitCode, UnitReportForm.read(form, task.getVariables()), version);
            return;
        }
        ReportBody body = CycleReportFields.read(form, task.getVariables());
        if (ProcessVariables.ACTION_SUBMIT.equals(CycleVariables.text(task, ProcessVariables.REPORT_ACTION))) {
            List<Violation> problems = reports.storeForSubmission(cycleId, unitCode, body, version);
            if (!problems.isEmpty()) {
                // the form stays open on what it just stored
                events.publishEvent(new ReportDraftSaved(cycleId, unitCode));
                throw new ReportRejectedException("Báo cáo chưa nộp được; số liệu và nội dung đã được lưu thành bản "
                        + "nháp. Cần sửa:\n" + UnitReportForm.listed(form, problems), problems);
            }
        } else {
            reports.storeFromForm(cycleId, unitCode, body, version);
        }
    }
}
