package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.province.Submissions;

/** Records the sending to the national federation, from Tasklist or the API; bad fields refuse the completion. */
@Component
class SubmissionTaskCompletedListener implements TaskListener {

    private final Submissions submissions;
    private final IdentityService identity;

    SubmissionTaskCompletedListener(Submissions submissions, IdentityService identity) {
        this.submissions = submissions;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        submissions.record(CycleVariables.cycleId(task), submissions.read(task.getVariables()),
                EngineUser.current(identity));
    }
}
