package vn.congdoan.baocao.cycle;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.process.CampaignEngine;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.review.ReviewEntry;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.review.ReviewSubject;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.system.ForbiddenException;

/** The plan: the policy dept. sends the draft for approval, leadership approves or returns it. */
@Service
@Transactional
public class PlanService {

    private final CampaignEngine engine;
    private final ReviewLog reviews;

    PlanService(CampaignEngine engine, ReviewLog reviews) {
        this.engine = engine;
        this.reviews = reviews;
    }

    public void submit(long cycleId, AuthenticatedUser user) {
        if (!user.isMemberOf(ProcessIds.GROUP_POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được trình kế hoạch.");
        }
        engine.completeTask(cycleId, ProcessIds.TASK_DRAFT_PLAN, Map.of());
    }

    /** The API's door to the approval task; the decision is recorded by {@link #recordReview} as in Tasklist. */
    public void review(long cycleId, String decision, String comment, AuthenticatedUser user) {
        if (!user.isMemberOf(ProcessIds.GROUP_LEADERSHIP)) {
            throw new ForbiddenException("Chỉ Thường trực LĐLĐ tỉnh được duyệt kế hoạch.");
        }
        // the gateway compares the exact word: "ACCEPT " goes on as ACCEPT
        String checked = ReviewLog.check(decision, comment).name();
        engine.completeTask(cycleId, ProcessIds.TASK_APPROVE_PLAN, Map.of(
                ProcessVariables.PLAN_DECISION, checked,
                ProcessVariables.PLAN_COMMENT, comment == null ? "" : comment));
    }

    /** Called when the approval task completes, from Tasklist or the API. */
    public ReviewEntry recordReview(long cycleId, String decision, String comment, String userId) {
        return reviews.record(cycleId, ReviewSubject.PLAN, null, decision, comment, userId);
    }
}
