package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
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
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.spreadsheet.TableLinks;

/**
 * Shows the provincial report in its forms: the draft and when it was saved, every accepted unit's
 * text per section, the aggregated table, why a submission was refused and leadership's last comment.
 * A draft saved from the form comes back as a task of the person who saved it.
 */
@Component
class ProvinceReportTaskCreatedListener implements TaskListener {

    private final ProvinceReports provinceReports;
    private final ReportService reports;
    private final CycleService cycles;
    private final IdentityService identity;

    ProvinceReportTaskCreatedListener(ProvinceReports provinceReports, ReportService reports, CycleService cycles,
                               IdentityService identity) {
        this.provinceReports = provinceReports;
        this.reports = reports;
        this.cycles = cycles;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        ReportForm form = reports.form(cycleId);
        ProvinceReportView report = provinceReports.view(cycleId);
        List<Violation> refused = new ArrayList<>();
        String action = CycleVariables.text(task, ProcessVariables.PROVINCE_ACTION);
        if (ProcessVariables.ACTION_SUBMIT.equals(action)
                && Boolean.FALSE.equals(task.getVariable(ProcessVariables.PROVINCE_VALID))) {
            refused.addAll(provinceReports.submissionProblems(cycleId));
        }
        String returnComment = ReportDrafts.returnComment(report.status(), report.reviews());
        task.setVariable(ProcessVariables.PROVINCE_ACTION, null);
        task.setVariable(ProcessVariables.PROVINCE_DECISION, null);
        task.setVariable(ProcessVariables.PROVINCE_COMMENT, null);
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle);
        String title = cycle.issuer() + " · Kế hoạch số " + cycle.planNumber() + " · hạn "
                + ReportTitles.at(report.dueAt());
        if (LegacyReportForms.usedBy(task)) {
            task.setVariablesLocal(ProvinceReportForm.legacyFields(form, report));
            task.setVariableLocal(UnitReportForm.LAYOUT, SpinValues.jsonValue(
                    ProvinceReportForm.legacyLayout(form, title, report, refused, returnComment)).create());
        } else {
            boolean drafting = ProcessIds.TASK_DRAFT_PROVINCE_REPORT.equals(task.getTaskDefinitionKey());
            String draftNote = drafting ? ReportDrafts.savedNote(report.draftSavedAt()) : null;
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(ReportFormKeys.TABLE, CycleReportFields.table(form, ProvinceReportForm.values(report)));
            fields.put(ReportFormKeys.SECTIONS, ProvinceReportForm.sections(form, report));
            if (drafting) {
                fields.put(ReportFormKeys.UNIT_TEXTS, ProvinceReportForm.unitTexts(form, report));
                fields.put(ReportFormKeys.EXPLANATIONS, ProvinceReportForm.explanations(form, report));
            }
            fields.put(ReportFormKeys.LAYOUT, CycleReportFields.layout(new ReportLayout(title, draftNote, returnComment,
                    refused.isEmpty() ? null : UnitReportForm.listed(form, refused),
                    drafting ? ProvinceReportForm.explain(form, report) : null,
                    drafting ? null : ProvinceReportForm.explained(form, report), null, null, null,
                    null, null, ProvinceReportForm.coverage(report.aggregate()), TableLinks.aggregate(cycleId),
                    Documents.provinceReportLink(cycleId))));
            task.setVariablesLocal(fields);
        }
        ReportDrafts.assignToSaver(task, action, identity);
    }
}
