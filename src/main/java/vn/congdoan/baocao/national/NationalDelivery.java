package vn.congdoan.baocao.national;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One delivery of the provincial report to the national instance, and the national review as last read. */
@Entity
@Table(name = "national_delivery")
@IdClass(NationalDelivery.Key.class)
class NationalDelivery {

    static class Key implements Serializable {
        private Long cycleId;
        private String deliveryId;

        Key() {
        }

        Key(long cycleId, String deliveryId) {
            this.cycleId = cycleId;
            this.deliveryId = deliveryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(cycleId, key.cycleId)
                    && Objects.equals(deliveryId, key.deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cycleId, deliveryId);
        }
    }

    @Id
    private Long cycleId;
    @Id
    private String deliveryId;
    private int round;
    private Long nationalCycleId;
    @Enumerated(EnumType.STRING)
    private NationalReview status;
    private String reason;
    private Instant deliveredAt;
    private Instant checkedAt;

    protected NationalDelivery() {
    }

    NationalDelivery(long cycleId, String deliveryId, int round, long nationalCycleId, Instant deliveredAt) {
        this.cycleId = cycleId;
        this.deliveryId = deliveryId;
        this.round = round;
        this.nationalCycleId = nationalCycleId;
        this.deliveredAt = deliveredAt;
        this.status = NationalReview.SUBMITTED;
    }

    String deliveryId() {
        return deliveryId;
    }

    long nationalCycleId() {
        return nationalCycleId;
    }

    NationalReview status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    Instant checkedAt() {
        return checkedAt;
    }

    void reviewed(NationalReview status, String reason, Instant at) {
        this.status = status;
        this.reason = reason;
        this.checkedAt = at;
    }
}
