package vn.congdoan.baocao.process.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.tasklist.FormText;
import vn.congdoan.baocao.process.tasklist.TaskNames;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewEntry;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.review.ReviewSubject;

/**
 * Puts what the plan forms show into the task (local variables): the plan's summary, the last return comment;
 * deploys the draft-plan form with the plan as it stands.
 */
@Component
class PlanTaskCreatedListener implements TaskListener {

    private final CycleService cycles;
    private final ReviewLog reviews;
    private final PlanForms forms;

    PlanTaskCreatedListener(CycleService cycles, ReviewLog reviews, PlanForms forms) {
        this.cycles = cycles;
        this.reviews = reviews;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = CycleVariables.cycleId(task);
        CycleView cycle = cycles.get(cycleId);
        task.setVariableLocal(ProcessVariables.PLAN_SUMMARY, FormText.of(summary(cycle)));
        TaskNames.of(task, cycle);
        if (ProcessIds.TASK_DRAFT_PLAN.equals(task.getTaskDefinitionKey())) {
            forms.deployDraftForm(cycle);
        }
        if (ProcessIds.TASK_APPROVE_PLAN.equals(task.getTaskDefinitionKey())) {
            // a decision of an earlier round must not stand in for this one
            task.setVariable(ProcessVariables.PLAN_DECISION, null);
            task.setVariable(ProcessVariables.PLAN_COMMENT, null);
            task.setVariableLocal(ProcessVariables.PLAN_ISSUE_DATE, cycles.offeredIssueDate(cycleId).toString());
        }
        List<ReviewEntry> history = reviews.history(cycleId, ReviewSubject.PLAN, null);
        history.stream().reduce((first, second) -> second)
                .filter(last -> last.decision() == Decision.RETURN)
                .ifPresent(last -> task.setVariableLocal(ProcessVariables.LAST_RETURN_COMMENT, last.comment()));
    }

    static String summary(CycleView cycle) {
        CycleView.Deadlines d = cycle.deadlines();
        String periods = cycle.periods().stream().map(Period::label).collect(Collectors.joining(", "));
        return "**Kế hoạch số " + cycle.planNumber() + "**, " + cycle.place() + ", ngày "
                + DeadlineCalculator.DAY.format(cycle.planDate()) + " · [Tải dự thảo kế hoạch và hai phụ lục (Word)]("
                + Documents.planLink(cycle.id()) + ")  \n"
                + cycle.title() + "  \n"
                + "Kỳ số liệu: " + periods + "  \n"
                + "Đơn vị tham gia (" + cycle.units().size() + "): " + cycle.units().stream().map(CycleUnit::name)
                        .collect(Collectors.joining(", ")) + "  \n"
                + "Đơn vị hoàn thành sơ kết: " + d.unitReview().text() + "  \n"
                + "Đơn vị gửi báo cáo về tỉnh: " + d.unitReport().text() + "  \n"
                + "Hết hạn thu nhận (Thường trực quyết định về đơn vị chậm): " + cycle.cutOff().text() + "  \n"
                + "Tỉnh hoàn thành sơ kết: " + d.provinceReview().text() + "  \n"
                + "Gửi báo cáo về Tổng Liên đoàn: " + d.submission().text() + "  \n"
                + "Người ký: " + cycle.signer().name();
    }
}
