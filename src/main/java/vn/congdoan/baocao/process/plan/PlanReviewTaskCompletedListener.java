package vn.congdoan.baocao.process.plan;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.PlanService;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.process.tasklist.FormActions;

/** Records leadership's decision on the plan when the approval task completes (Tasklist or API). */
@Component
class PlanReviewTaskCompletedListener implements TaskListener {

    private final PlanService plans;
    private final IdentityService identity;

    PlanReviewTaskCompletedListener(PlanService plans, IdentityService identity) {
        this.plans = plans;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        plans.recordReview(CycleVariables.cycleId(task), FormActions.decision(task, ProcessVariables.PLAN_DECISION),
                CycleVariables.text(task, ProcessVariables.PLAN_COMMENT),
                CycleVariables.text(task, ProcessVariables.PLAN_ISSUE_DATE), EngineUser.current(identity));
    }
}
