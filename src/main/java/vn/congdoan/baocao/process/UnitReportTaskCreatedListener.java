package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.process.forms.ReportFormGenerator;
import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.process.forms.ReportLayout;
import vn.congdoan.baocao.process.tasklist.TaskNames;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportDraftSaved;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * Shows the unit's report in its form: the stored draft, when it was saved, why a submission was
 * refused, and the reviewer's comment when it came back. A draft saved from the form comes back as a
 * task of the person who saved it. The report forms read and write task-local variables.
 */
@Component
class UnitReportTaskCreatedListener implements TaskListener {

    private final ReportService reports;
    private final CycleService cycles;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CommandExecutor commands;
    private final CommandExecutor ownCommands;

    UnitReportTaskCreatedListener(ReportService reports, CycleService cycles, TaskService tasks, IdentityService identity,
                           ProcessEngineConfigurationImpl configuration) {
        this.reports = reports;
        this.cycles = cycles;
        this.tasks = tasks;
        this.identity = identity;
        this.commands = configuration.getCommandExecutorTxRequired();
        this.ownCommands = configuration.getCommandExecutorTxRequiresNew();
    }

    /**
     * A draft saved outside the open form (through the API, or by a submission the form's Complete
     * refused) shows in that form, so that the form cannot overwrite it and can go on from it. Inside
     * a refused completion it is written in a transaction of its own, which the refusal does not undo.
     */
    @EventListener
    public void draftSaved(ReportDraftSaved saved) {
        CommandExecutor executor = Context.getCommandContext() == null ? commands : ownCommands;
        executor.execute(context -> {
            showDraft(saved);
            return null;
        });
    }

    private void showDraft(ReportDraftSaved saved) {
        EngineUser.asEngine(identity, () -> {
            Task open = tasks.createTaskQuery()
                    .processInstanceBusinessKey(ProcessIds.unitReportKey(saved.cycleId(), saved.unitCode()))
                    .taskDefinitionKey(ProcessIds.TASK_FILL_REPORT)
                    .singleResult();
            if (open != null) {
                ReportView report = reports.view(saved.cycleId(), saved.unitCode());
                ReportForm form = reports.form(saved.cycleId());
                ReportContent content = new ReportContent(report.values(), report.sections(), report.explanations());
                Map<String, Object> fields = new HashMap<>();
                if (LegacyReportForms.usedBy(commands, open.getId())) {
                    fields.putAll(UnitReportForm.fields(form, content));
                    fields.put(ProcessVariables.DRAFT_VERSION, report.version());
                } else {
                    fields.putAll(CycleReportFields.unitFields(form, content));
                    fields.put(ReportFormKeys.LAYOUT, CycleReportFields.layout(layout(form, report,
                            title(cycles.get(saved.cycleId()), report), List.of())));
                }
                tasks.setVariablesLocal(open.getId(), fields);
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        String unitCode = CycleVariables.unitCode(task);
        ReportForm form = reports.form(cycleId);
        ReportView report = reports.viewForForm(cycleId, unitCode);
        ReportContent content = new ReportContent(report.values(), report.sections(), report.explanations());
        List<Violation> refused = new ArrayList<>();
        String action = CycleVariables.text(task, ProcessVariables.REPORT_ACTION);
        if (ProcessVariables.ACTION_SUBMIT.equals(action) && Boolean.FALSE.equals(task.getVariable(ProcessVariables.REPORT_VALID))) {
            refused.addAll(reports.submissionProblems(cycleId, unitCode));
        }
        // the choice of an earlier round must not stand in for this one (kept in the instance for the gateway)
        if (task.hasVariable(ProcessVariables.REPORT_ACTION)) {
            task.setVariable(ProcessVariables.REPORT_ACTION, null);
        }
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle, report.unitName());
        String title = title(cycle, report);
        if (LegacyReportForms.usedBy(task)) {
            task.setVariablesLocal(UnitReportForm.fields(form, content));
            task.setVariableLocal(ProcessVariables.DRAFT_VERSION, report.version());
            ObjectNode layout = UnitReportForm.layout(form, title, refused, returnComment(report),
                    report.ruleViolations(), report.explanations());
            addLinks(layout, cycleId, unitCode);
            task.setVariableLocal(UnitReportForm.LAYOUT, SpinValues.jsonValue(layout.toString()).create());
        } else {
            Map<String, Object> fields = new LinkedHashMap<>(CycleReportFields.unitFields(form, content));
            fields.put(ReportFormKeys.LAYOUT, CycleReportFields.layout(layout(form, report, title, refused)));
            task.setVariablesLocal(fields);
        }
        ReportDrafts.assignToSaver(task, action, identity);
    }

    private static String title(CycleView cycle, ReportView report) {
        return report.unitName() + " · Kế hoạch số " + cycle.planNumber() + " · hạn nộp " + ReportTitles.at(report.dueAt());
    }

    private static ReportLayout layout(ReportForm form, ReportView report, String title, List<Violation> refused) {
        long cycleId = report.cycle();
        String unitCode = report.unit();
        String draftNote = report.status() == ReportStatus.NOT_STARTED ? null
                : ReportDrafts.savedNote(report.draftSavedAt());
        return new ReportLayout(title, draftNote, returnComment(report),
                refused.isEmpty() ? null : UnitReportForm.listed(form, refused), explain(form, report), null,
                report.version(), TableLinks.unitTable(cycleId, unitCode), Documents.unitReportLink(cycleId, unitCode),
                TableLinks.uploadPage(cycleId, unitCode), Documents.planLink(cycleId), null, null, null,
                CycleReportFields.earlierColumn(form, report.earlier()), null);
    }

    /** By warning rule: what the stored figures raise under it, or that an explanation was given before. */
    private static Map<String, String> explain(ReportForm form, ReportView report) {
        Map<String, String> explain = new LinkedHashMap<>();
        List<ValidationRule> rules = ReportFormGenerator.warningRules(form);
        for (int k = 1; k <= rules.size(); k++) {
            ValidationRule rule = rules.get(k - 1);
            List<String> warnings = UnitReportForm.warnings(rule, report.ruleViolations());
            if (!warnings.isEmpty()) {
                explain.put(ReportFormKeys.explanationEntry(k), "Cảnh báo theo số liệu đã lưu:\n"
                        + String.join("\n", warnings.stream().map(w -> "- " + w).toList()));
            } else if (!report.explanations().getOrDefault(rule.id(), "").isBlank()) {
                explain.put(ReportFormKeys.explanationEntry(k),
                        "Số liệu đã lưu không còn cảnh báo theo quy tắc này; giải trình đã ghi vẫn được giữ.");
            }
        }
        return explain;
    }

    private static String returnComment(ReportView report) {
        return ReportDrafts.returnComment(report.status(), report.reviews());
    }

    private static void addLinks(ObjectNode layout, long cycleId, String unitCode) {
        layout.put("tableUrl", TableLinks.unitTable(cycleId, unitCode));
        layout.put("reportUrl", Documents.unitReportLink(cycleId, unitCode));
        layout.put("uploadUrl", TableLinks.uploadPage(cycleId, unitCode));
        layout.put("planUrl", Documents.planLink(cycleId));
    }
}
