package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.province.Submissions;

/** E-mails the package to the national federation when mail is configured. */
@Component
class SendSubmissionDelegate implements JavaDelegate {

    private final Submissions submissions;

    SendSubmissionDelegate(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.send(CycleVariables.cycleId(execution));
    }
}
