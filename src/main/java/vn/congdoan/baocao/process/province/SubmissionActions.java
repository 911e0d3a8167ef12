package vn.congdoan.baocao.process.province;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.engine.CampaignEngine;
import vn.congdoan.baocao.province.SubmissionRecord;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.security.AuthenticatedUser;

/** The API's record of the sending to the national federation: checked by {@link Submissions}, then the task completes. */
@Service
public class SubmissionActions {

    private final Submissions submissions;
    private final CampaignEngine engine;

    SubmissionActions(Submissions submissions, CampaignEngine engine) {
        this.submissions = submissions;
        this.engine = engine;
    }

    /** @param fields keyed as {@link SubmissionRecord}'s keys; recorded by {@link Submissions#record} as from Tasklist */
    public void submit(long cycleId, Map<String, String> fields, AuthenticatedUser user) {
        submissions.checkSubmission(fields, user);
        engine.completeTask(cycleId, ProcessIds.TASK_RECORD_SUBMISSION, new HashMap<>(fields));
    }
}
