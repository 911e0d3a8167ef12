package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.national.NationalDeliveries;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.province.ProvinceReports;

/**
 * Delivers the approved provincial report to the national instance, in a job of its own: while that instance
 * cannot be reached the job is retried, then it is an incident in Cockpit. A report its rules refuse goes
 * back to the policy dept. with their message.
 */
@Component
class DeliverToNationalDelegate implements JavaDelegate {

    private final NationalDeliveries deliveries;
    private final ProvinceReports provinceReports;

    DeliverToNationalDelegate(NationalDeliveries deliveries, ProvinceReports provinceReports) {
        this.deliveries = deliveries;
        this.provinceReports = provinceReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NationalReviewOutcome.follow(execution, deliveries.deliver(CycleVariables.cycleId(execution)), provinceReports);
    }
}
