package vn.congdoan.baocao.process.collection;

import java.util.stream.Collectors;
import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.ReportTitles;
import vn.congdoan.baocao.process.tasklist.FormText;
import vn.congdoan.baocao.process.tasklist.TaskNames;
import vn.congdoan.baocao.report.LateUnits;
import vn.congdoan.baocao.report.ProgressPage;
import vn.congdoan.baocao.report.ProgressView;
import vn.congdoan.baocao.report.ReportService;

/** Shows leadership which units have not submitted, and clears the decision of an earlier round. */
@Component
class LateUnitsTaskCreatedListener implements TaskListener {

    private final ReportService reports;
    private final CycleService cycles;
    private final LateUnits lateUnits;
    private final Clock clock;

    LateUnitsTaskCreatedListener(ReportService reports, CycleService cycles, LateUnits lateUnits, Clock clock) {
        this.reports = reports;
        this.cycles = cycles;
        this.lateUnits = lateUnits;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle);
        ProgressView progress = reports.progress(cycleId);
        String late = progress.units().stream().filter(u -> u.status().editable())
                .map(u -> "- " + u.name() + " (" + u.unit() + "): " + statusText(u) + ", nhắc " + u.remindersSent() + " lần")
                .collect(Collectors.joining("\n"));
        String cutOff = lateUnits.extendedCutOff(cycleId)
                .map(until -> DeadlineCalculator.AT.format(until.atZone(cycle.timeZone())))
                .orElse(cycle.cutOff().text());
        // a snapshot: the decision itself applies to the units still to submit when it is taken
        String when = "Tình hình lúc " + ReportTitles.at(clock.instant().atZone(cycle.timeZone()).toOffsetDateTime())
                + " (hết hạn thu nhận: " + cutOff + "). Quyết định áp dụng cho các đơn vị"
                + " chưa nộp vào lúc quyết định.\n\n";
        String progressLink = "\n\n" + ProgressPage.markdownLink(cycleId);
        task.setVariableLocal(ProcessVariables.LATE_UNITS_SUMMARY, FormText.of(when + (late.isEmpty()
                ? "Mọi đơn vị đã nộp báo cáo; các báo cáo còn lại đang được xem xét." : late) + progressLink));
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
