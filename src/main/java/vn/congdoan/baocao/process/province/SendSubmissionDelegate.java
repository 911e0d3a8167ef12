package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.dispatch.SubmissionPackage;
import vn.congdoan.baocao.process.CycleVariables;

/**
 * Makes and keeps the package for the national federation (the signed PDF report and its appendix) and
 * e-mails it when mail is configured.
 */
@Component
class SendSubmissionDelegate implements JavaDelegate {

    private final SubmissionPackage submissionPackage;

    SendSubmissionDelegate(SubmissionPackage submissionPackage) {
        this.submissionPackage = submissionPackage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissionPackage.send(CycleVariables.cycleId(execution));
    }
}
