package vn.congdoan.baocao.process.province;

import java.util.Map;

import org.springframework.stereotype.Service;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.CampaignEngine;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.ProvinceTexts;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.security.AuthenticatedUser;

/**
 * The API's steps of the provincial report: submit the draft, decide on it. Stored and checked by
 * {@link ProvinceReports}, then the task completes as it does from Tasklist.
 */
@Service
public class ProvinceReportActions {

    private final ProvinceReports provinceReports;
    private final CampaignEngine engine;

    ProvinceReportActions(ProvinceReports provinceReports, CampaignEngine engine) {
        this.provinceReports = provinceReports;
        this.engine = engine;
    }

    /** Stores the sections as the draft first (none: the saved draft); refused, the draft stays. */
    public void submit(long cycleId, ProvinceTexts texts, AuthenticatedUser user) {
        provinceReports.storeAndCheckForSubmission(cycleId, texts, user);
        engine.completeTask(cycleId, ProcessIds.TASK_DRAFT_PROVINCE_REPORT, Map.of(
                ProcessVariables.PROVINCE_ACTION, ProcessVariables.ACTION_SUBMIT));
    }

    public void review(long cycleId, String decision, String comment, AuthenticatedUser user) {
        Decision checked = provinceReports.checkReview(decision, comment, user);
        engine.completeTask(cycleId, ProcessIds.TASK_APPROVE_PROVINCE_REPORT, Map.of(
                ProcessVariables.PROVINCE_DECISION, checked.name(),
                ProcessVariables.PROVINCE_COMMENT, ReviewLog.commentOrNone(comment)));
    }
}
