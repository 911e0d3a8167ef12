package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportDraftSaved;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewEntry;

/**
 * Shows the unit's report in its form: the stored draft, why a submission was refused, and the
 * reviewer's comment when it came back. The report forms read and write task-local variables.
 */
@Component
class FillReportTaskListener implements TaskListener {

    private final ReportService reports;
    private final CycleService cycles;
    private final TaskService tasks;
    private final IdentityService identity;

    FillReportTaskListener(ReportService reports, CycleService cycles, TaskService tasks, IdentityService identity) {
        this.reports = reports;
        this.cycles = cycles;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** A draft saved through the API shows in the unit's open form, so that the form cannot overwrite it. */
    @EventListener
    public void draftSaved(ReportDraftSaved saved) {
        EngineUser.asEngine(identity, () -> {
            Task open = tasks.createTaskQuery()
                    .processInstanceBusinessKey(ProcessIds.unitReportKey(saved.cycleId(), saved.unitCode()))
                    .taskDefinitionKey(ProcessIds.TASK_FILL_REPORT)
                    .singleResult();
            if (open != null) {
                ReportView report = reports.view(saved.cycleId(), saved.unitCode());
                Map<String, Object> fields = new HashMap<>(UnitReportForm.fields(reports.form(saved.cycleId()),
                        new ReportContent(report.values(), report.sections(), report.explanations())));
                fields.put(ProcessVariables.DRAFT_VERSION, report.version());
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
        task.setVariablesLocal(UnitReportForm.fields(form,
                new ReportContent(report.values(), report.sections(), report.explanations())));
        task.setVariableLocal(ProcessVariables.DRAFT_VERSION, report.version());
        List<Violation> refused = new ArrayList<>();
        if (ProcessVariables.ACTION_SUBMIT.equals(CycleVariables.text(task, ProcessVariables.REPORT_ACTION))
                && Boolean.FALSE.equals(task.getVariable(ProcessVariables.REPORT_VALID))) {
            refused.addAll(reports.submissionProblems(cycleId, unitCode));
        }
        // the choice of an earlier round must not stand in for this one (kept in the instance for the gateway)
        task.setVariable(ProcessVariables.REPORT_ACTION, null);
        String returnComment = null;
        if (report.status() == ReportStatus.RETURNED && !report.reviews().isEmpty()) {
            ReviewEntry last = report.reviews().get(report.reviews().size() - 1);
            returnComment = last.decision() == Decision.RETURN ? last.comment() : null;
        }
        CycleView cycle = cycles.get(cycleId);
        TaskNames.of(task, cycle, report.unitName());
        String title = report.unitName() + " · Kế hoạch số " + cycle.planNumber() + " · hạn nộp "
                + ReportTitles.at(report.dueAt());
        ObjectNode layout = UnitReportForm.layout(form, title, refused, returnComment, report.ruleViolations(),
                report.explanations());
        layout.put("tableUrl", TableLinks.unitTable(cycleId, unitCode));
        layout.put("reportUrl", Documents.unitReportLink(cycleId, unitCode));
        layout.put("uploadUrl", TableLinks.uploadPage(cycleId, unitCode));
        layout.put("planUrl", Documents.planLink(cycleId));
        task.setVariableLocal(UnitReportForm.LAYOUT, SpinValues.jsonValue(layout.toString()).create());
    }
}
