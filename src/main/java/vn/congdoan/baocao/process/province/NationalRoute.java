package vn.congdoan.baocao.process.province;

import org.springframework.stereotype.Component;

import vn.congdoan.baocao.national.NationalDeliveries;

/** The campaign's questions about the national instance: whether the report goes to it, how often to ask it. */
@Component("nationalRoute")
public class NationalRoute {

    private final NationalDeliveries deliveries;

    NationalRoute(NationalDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Whether the recorded submission names a national cycle: the report is (again) delivered to it. */
    public boolean requested(long cycleId) {
        return deliveries.requested(cycleId);
    }

    /** The wait between two readings of the national review (ISO 8601 duration). */
    public String pollInterval() {
        return deliveries.pollInterval();
    }
}
