package vn.congdoan.baocao.process;

import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewEntry;

/** What the unit's and the provincial report forms say of a draft coming back to them. */
final class ReportDrafts {

    private ReportDrafts() {
    }

    /** "Đã lưu nháp lúc …", or null when nothing was saved. */
    static String savedNote(OffsetDateTime savedAt) {
        return savedAt == null ? null : "Đã lưu nháp lúc " + ReportTitles.at(savedAt) + ".";
    }

    /** The comment of the last review when it returned the report, else null. */
    static String returnComment(ReportStatus status, List<ReviewEntry> reviews) {
        if (status != ReportStatus.RETURNED || reviews.isEmpty()) {
            return null;
        }
        ReviewEntry last = reviews.get(reviews.size() - 1);
        return last.decision() == Decision.RETURN ? last.comment() : null;
    }

    /** A draft saved from the form comes back as a task of the person who saved it. */
    static void assignToSaver(DelegateTask task, String action, IdentityService identity) {
        Authentication saver = identity.getCurrentAuthentication();
        if (ProcessVariables.ACTION_DRAFT.equals(action) && saver != null && saver.getUserId() != null) {
            task.setAssignee(saver.getUserId());
        }
    }
}
