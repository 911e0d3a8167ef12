package vn.congdoan.baocao.national;

import java.time.OffsetDateTime;

/** A delivery to the national instance as the province sees it; {@code reason} only when sent back. */
public record NationalDeliveryView(long cycle, String deliveryId, long nationalCycle, NationalReview status,
                                   String reason, OffsetDateTime deliveredAt, OffsetDateTime checkedAt) {
}
