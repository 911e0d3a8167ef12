package vn.congdoan.baocao.delivery;

import java.time.OffsetDateTime;

import vn.congdoan.baocao.report.ReportStatus;

/**
 * A delivery as its sender sees it: when it arrived and where the report stands now; a report returned
 * carries the reviewer's reason.
 *
 * @param status   the unit's report: SUBMITTED while it waits for review, ACCEPTED, or RETURNED
 * @param reason   why it was returned (RETURNED only)
 * @param latest   whether this is the unit's latest delivery in the cycle
 */
public record DeliveryView(long cycle, String unit, String deliveryId, String documentNumber,
                           OffsetDateTime receivedAt, ReportStatus status, String reason, boolean latest) {
}
