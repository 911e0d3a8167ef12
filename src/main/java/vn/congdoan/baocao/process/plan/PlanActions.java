package vn.congdoan.baocao.process.plan;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.PlanService;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.CampaignEngine;
import vn.congdoan.baocao.security.AuthenticatedUser;

/**
 * The API's steps up to the issued plan: start a cycle's campaign, send the plan for approval, decide on
 * it. Each checks through the cycle's services, then moves the engine as Tasklist would.
 */
@Service
@Transactional
public class PlanActions {

    private final CycleService cycles;
    private final PlanService plans;
    private final CampaignEngine engine;

    PlanActions(CycleService cycles, PlanService plans, CampaignEngine engine) {
        this.cycles = cycles;
        this.plans = plans;
        this.engine = engine;
    }

    /** Creates the cycle and starts its campaign process, or starts nothing. */
    public long startCampaign(ObjectNode request, AuthenticatedUser user) {
        long id = cycles.create(request, user);
        engine.startCampaign(id);
        return id;
    }

    /** Revises the draft plan, as the draft-plan form does; the template stays the cycle's. */
    public void revise(long cycleId, ObjectNode changes, AuthenticatedUser user) {
        plans.requireDrafter(user);
        cycles.revisePlan(cycleId, changes);
    }

    public void submit(long cycleId, AuthenticatedUser user) {
        plans.requireDrafter(user);
        engine.completeTask(cycleId, ProcessIds.TASK_DRAFT_PLAN, Map.of());
    }

    /** Completes the approval task; the decision is recorded by {@link PlanService#recordReview} as in Tasklist. */
    public void review(long cycleId, String decision, String comment, String issuedOn, AuthenticatedUser user) {
        PlanService.PlanReview review = plans.checkReview(cycleId, decision, comment, issuedOn, user);
        engine.completeTask(cycleId, ProcessIds.TASK_APPROVE_PLAN, Map.of(
                ProcessVariables.PLAN_DECISION, review.decision(),
                ProcessVariables.PLAN_COMMENT, review.comment(),
                ProcessVariables.PLAN_ISSUE_DATE, review.issuedOn()));
    }
}
