package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.PlanService;

/** Records leadership's decision on the plan when the approval task completes (Tasklist or API). */
@Component
class PlanReviewListener implements TaskListener {

    private final PlanService plans;
    private final IdentityService identity;

    PlanReviewListener(PlanService plans, IdentityService identity) {
        this.plans = plans;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(ProcessVariables.PLAN_DECISION);
        Object comment = task.getVariable(ProcessVariables.PLAN_COMMENT);
        plans.recordReview(CycleVariables.cycleId(task), decision == null ? null : decision.toString(),
                comment == null ? null : comment.toString(), EngineUser.current(identity));
    }
}
