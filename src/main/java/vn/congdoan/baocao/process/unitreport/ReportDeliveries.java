package vn.congdoan.baocao.process.unitreport;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.delivery.Deliveries;
import vn.congdoan.baocao.delivery.DeliveryBody;
import vn.congdoan.baocao.security.MachineClients;

/**
 * A delivered report submitted as the unit would submit it, in one transaction with the record of its
 * delivery: a second delivery of the same id meets the first's record and submits nothing.
 */
@Component
public class ReportDeliveries {

    private final Deliveries deliveries;
    private final UnitReportActions actions;

    ReportDeliveries(Deliveries deliveries, UnitReportActions actions) {
        this.deliveries = deliveries;
        this.actions = actions;
    }

    @Transactional
    public void deliver(long cycleId, String deliveryId, DeliveryBody body, MachineClients.ActingClient client) {
        deliveries.record(cycleId, client.unit(), deliveryId, client.id(), body);
        actions.submit(cycleId, client.unit(), body.report(), client.asUnit());
    }
}
