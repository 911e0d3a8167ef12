package vn.congdoan.baocao.process;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.spreadsheet.TableLinks;

/** Shows the submitted report, read-only, to the reviewer; clears the decision of an earlier round. */
@Component
class ReviewReportTaskListener implements TaskListener {

    private final ReportService reports;
    private final CycleService cycles;

    ReviewReportTaskListener(ReportService reports, CycleService cycles) {
        this.reports = reports;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        String unitCode = CycleVariables.unitCode(task);
        ReportForm form = reports.form(cycleId);
        ReportView report = reports.view(cycleId, unitCode);
        task.setVariablesLocal(UnitReportForm.fields(form,
                new ReportContent(report.values(), report.sections(), report.explanations())));
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle, report.unitName());
        String title = report.unitName() + " · Kế hoạch số " + cycle.planNumber() + " · nộp lúc "
                + ReportTitles.at(report.submittedAt()) + (Boolean.TRUE.equals(report.onTime()) ? " (đúng hạn)"
                : " (sau hạn " + ReportTitles.at(report.dueAt()) + ")");
        ObjectNode layout = UnitReportForm.layout(form, title, List.of(), null, report.ruleViolations(),
                report.explanations());
        layout.put("tableUrl", TableLinks.unitTable(cycleId, unitCode));
        layout.put("reportUrl", Documents.unitReportLink(cycleId, unitCode));
        task.setVariableLocal(UnitReportForm.LAYOUT, SpinValues.jsonValue(layout.toString()).create());
        task.setVariable(ProcessVariables.REPORT_DECISION, null);
        task.setVariable(ProcessVariables.REPORT_COMMENT, null);
    }
}
