package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.congdoan.baocao.national.NationalDeliveryView;
import vn.congdoan.baocao.national.NationalReview;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.province.ProvinceReports;

/**
 * Where the delivered report stands, as the campaign's gateway reads it: SUBMITTED, ACCEPTED, or RETURNED
 * (also for a report the national rules refused); a report sent back is open to the policy dept. again.
 */
final class NationalReviewOutcome {

    private NationalReviewOutcome() {
    }

    static void follow(DelegateExecution execution, NationalDeliveryView delivery, ProvinceReports provinceReports) {
        String outcome = (delivery.status().sendsBack() ? NationalReview.RETURNED : delivery.status()).name();
        if (delivery.status().sendsBack()) {
            provinceReports.sentBackByNation(CycleVariables.cycleId(execution),
                    delivery.status() == NationalReview.REFUSED, delivery.reason());
        }
        execution.setVariable(ProcessVariables.NATIONAL_REVIEW, outcome);
    }
}
