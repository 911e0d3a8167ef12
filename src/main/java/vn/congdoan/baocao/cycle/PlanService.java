package vn.congdoan.baocao.cycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final ReviewLog reviews;
    private final CycleService cycles;

    PlanService(ReviewLog reviews, CycleService cycles) {
        this.reviews = reviews;
        this.cycles = cycles;
    }

    /** 403 unless the user may send the plan for approval. */
    public void requireDrafter(AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được trình kế hoạch.");
        }
    }

    /**
     * The API's decision on the plan, checked before the approval task completes; the decision is
     * recorded by {@link #recordReview} as in Tasklist. Without an issue date the one the approval form
     * offers is taken.
     */
    public PlanReview checkReview(long cycleId, String decision, String comment, String issuedOn,
                                  AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.LEADERSHIP)) {
            throw new ForbiddenException("Chỉ Thường trực LĐLĐ tỉnh được duyệt kế hoạch.");
        }
        // the gateway compares the exact word: "ACCEPT " goes on as ACCEPT
        String checked = ReviewLog.check(decision, comment).name();
        return new PlanReview(checked, ReviewLog.commentOrNone(comment), issuedOn == null || issuedOn.isBlank()
                ? cycles.offeredIssueDate(cycleId).toString() : issuedOn);
    }

    /** Called when the approval task completes, from Tasklist or the API; an approval records the issue date. */
    public ReviewEntry recordReview(long cycleId, String decision, String comment, String issuedOn, String userId) {
        ReviewEntry entry = reviews.record(cycleId, ReviewSubject.PLAN, null, decision, comment, userId);
        if (entry.decision() == Decision.ACCEPT) {
            cycles.recordIssueDate(cycleId, issuedOn);
        }
        return entry;
    }

    /** A checked decision on the plan: ACCEPT or RETURN, the comment ("" for none), the issue day (yyyy-MM-dd). */
    public record PlanReview(String decision, String comment, String issuedOn) {
    }
}
