package vn.congdoan.baocao.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.report.ProgressView;
import vn.congdoan.baocao.report.ReportService;

/** Shows leadership which units have not submitted, and clears the decision of an earlier round. */
@Component
class LateUnitsTaskListener implements TaskListener {

    private final ReportService reports;

    LateUnitsTaskListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        ProgressView progress = reports.progress(CycleVariables.cycleId(task));
        String late = progress.units().stream().filter(u -> u.status().editable())
                .map(u -> "- " + u.name() + " (" + u.unit() + "): " + statusText(u) + ", nhắc " + u.remindersSent() + " lần")
                .collect(Collectors.joining("\n"));
        task.setVariableLocal(ProcessVariables.LATE_UNITS_SUMMARY, late.isEmpty()
                ? "Mọi đơn vị đã nộp báo cáo; các báo cáo còn lại đang được xem xét." : late);
        task.setVariable(ProcessVariables.LATE_DECISION, null);
        task.setVariable(ProcessVariables.LATE_UNTIL, null);
    }

    private static String statusText(ProgressView.UnitProgress unit) {
        return switch (unit.status()) {
            case NOT_STARTED -> "chưa bắt đầu";
            case DRAFT -> "đang làm nháp";
            case RETURNED -> "bị trả lại, chưa nộp lại";
            default -> unit.status().name();
        };
    }
}
