package vn.congdoan.baocao.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.process.forms.ReportLayout;
import vn.congdoan.baocao.process.tasklist.TaskNames;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.spreadsheet.TableLinks;

/** Shows the submitted report, read-only, to the reviewer; clears the decision of an earlier round. */
@Component
class ReviewReportTaskCreatedListener implements TaskListener {

    private final ReportService reports;
    private final CycleService cycles;

    ReviewReportTaskCreatedListener(ReportService reports, CycleService cycles) {
        this.reports = reports;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        String unitCode = CycleVariables.unitCode(task);
        ReportForm form = reports.form(cycleId);
        ReportView report = reports.view(cycleId, unitCode);
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle, report.unitName());
        String title = report.unitName() + " · Kế hoạch số " + cycle.planNumber() + " · nộp lúc "
                + ReportTitles.at(report.submittedAt()) + (Boolean.TRUE.equals(report.onTime()) ? " (đúng hạn)"
                : " (sau hạn " + ReportTitles.at(report.dueAt()) + ")");
        String tableUrl = TableLinks.unitTable(cycleId, unitCode);
        String reportUrl = Documents.unitReportLink(cycleId, unitCode);
        if (LegacyReportForms.usedBy(task)) {
            task.setVariablesLocal(UnitReportForm.fields(form,
                    new ReportContent(report.values(), report.sections(), report.explanations())));
            ObjectNode layout = UnitReportForm.layout(form, title, List.of(), null, report.ruleViolations(),
                    report.explanations());
            layout.put("tableUrl", tableUrl);
            layout.put("reportUrl", reportUrl);
            task.setVariableLocal(UnitReportForm.LAYOUT, SpinValues.jsonValue(layout.toString()).create());
        } else {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(ReportFormKeys.TABLE, CycleReportFields.table(form, report.values(), report.earlier()));
            fields.put(ReportFormKeys.SECTIONS, UnitReportForm.textsValue(form.textSections().stream()
                    .map(section -> report.sections().getOrDefault(section.code(), "")).toList()));
            fields.put(ReportFormKeys.LAYOUT, CycleReportFields.layout(new ReportLayout(title, null, null, null, null,
                    UnitReportForm.reviewerWarnings(form, report.ruleViolations(), report.explanations()), null,
                    tableUrl, reportUrl, null, null, null, null, null,
                    CycleReportFields.earlierColumn(form, report.earlier()),
                    CycleReportFields.tableColumns(form, report.earlier()))));
            task.setVariablesLocal(fields);
        }
        task.setVariable(ProcessVariables.REPORT_DECISION, null);
        task.setVariable(ProcessVariables.REPORT_COMMENT, null);
    }
}
