package vn.congdoan.baocao.process.unitreport;

import java.util.Map;

import org.springframework.stereotype.Service;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.CampaignEngine;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.security.AuthenticatedUser;

/**
 * The API's steps of a unit's report: submit it, review it. The report is stored and checked by
 * {@link ReportService}, then the unit's task completes as it does from Tasklist.
 */
@Service
public class UnitReportActions {

    private final ReportService reports;
    private final CampaignEngine engine;

    UnitReportActions(ReportService reports, CampaignEngine engine) {
        this.reports = reports;
        this.engine = engine;
    }

    /** Stores the body as the draft (none: the saved draft), checks it, then submits; refused, the draft stays. */
    public void submit(long cycleId, String unitCode, ReportBody body, AuthenticatedUser user) {
        reports.storeAndCheckForSubmission(cycleId, unitCode, body, user);
        engine.completeUnitTask(cycleId, unitCode, ProcessIds.TASK_FILL_REPORT, Map.of(
                ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT));
    }

    /** Completes the review task; the decision is recorded by {@link ReportService#recordReview} as in Tasklist. */
    public void review(long cycleId, String unitCode, String decision, String comment, AuthenticatedUser user) {
        Decision checked = reports.checkReview(cycleId, unitCode, decision, comment, user);
        engine.completeUnitTask(cycleId, unitCode, ProcessIds.TASK_REVIEW_REPORT, Map.of(
                ProcessVariables.REPORT_DECISION, checked.name(),
                ProcessVariables.REPORT_COMMENT, ReviewLog.commentOrNone(comment)));
    }
}
