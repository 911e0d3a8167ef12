package vn.congdoan.baocao.cycle;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.process.CampaignEngine;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewEntry;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.review.ReviewSubject;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.ForbiddenException;

/** The plan: the policy dept. sends the draft for approval, leadership approves or returns it. */
@Service
@Transactional
public class PlanService {

    private final CampaignEngine engine;
    private final ReviewLog reviews;
    private final CycleService cycles;

    PlanService(CampaignEngine engine, ReviewLog reviews, CycleService cycles) {
        this.engine = engine;
        this.reviews = reviews;
        this.cycles = cycles;
    }

    public void submit(long cycleId, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được trình kế hoạch.");
        }
        engine.completeTask(cycleId, ProcessIds.TASK_DRAFT_PLAN, Map.of());
    }

    /**
     * The API's door to the approval task; the decision is recorded by {@link #recordReview} as in Tasklist.
     * Without an issue date the one the approval form offers is taken.
     */
    public void review(long cycleId, String decision, String comment, String issuedOn, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.LEADERSHIP)) {
            throw new ForbiddenException("Chỉ Thường trực LĐLĐ tỉnh được duyệt kế hoạch.");
        }
        // the gateway compares the exact word: "ACCEPT " goes on as ACCEPT
        String checked = ReviewLog.check(decision, comment).name();
        engine.completeTask(cycleId, ProcessIds.TASK_APPROVE_PLAN, Map.of(
                ProcessVariables.PLAN_DECISION, checked,
                ProcessVariables.PLAN_COMMENT, comment == null ? "" : comment,
                ProcessVariables.PLAN_ISSUE_DATE, issuedOn == null || issuedOn.isBlank()
                        ? cycles.offeredIssueDate(cycleId).toString() : issuedOn));
    }

    /** Called when the approval task completes, from Tasklist or the API; an approval records the issue date. */
    public ReviewEntry recordReview(long cycleId, String decision, String comment, String issuedOn, String userId) {
        ReviewEntry entry = reviews.record(cycleId, ReviewSubject.PLAN, null, decision, comment, userId);
        if (entry.decision() == Decision.ACCEPT) {
            cycles.recordIssueDate(cycleId, issuedOn);
        }
        return entry;
    }
}
