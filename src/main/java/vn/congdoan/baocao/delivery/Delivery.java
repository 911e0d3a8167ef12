package vn.congdoan.baocao.delivery;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A unit's report as another system delivered it, once per delivery id. */
@Entity
@Table(name = "delivery")
@IdClass(Delivery.Key.class)
class Delivery {

    static class Key implements Serializable {
        private Long cycleId;
        private String unitCode;
        private String deliveryId;

        Key() {
        }

        Key(long cycleId, String unitCode, String deliveryId) {
            this.cycleId = cycleId;
            this.unitCode = unitCode;
            this.deliveryId = deliveryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(cycleId, key.cycleId)
                    && Objects.equals(unitCode, key.unitCode) && Objects.equals(deliveryId, key.deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cycleId, unitCode, deliveryId);
        }
    }

    @Id
    private Long cycleId;
    @Id
    private String unitCode;
    @Id
    private String deliveryId;
    private String clientId;
    private String documentNumber;
    private Instant receivedAt;

    protected Delivery() {
    }

    Delivery(long cycleId, String unitCode, String deliveryId, String clientId, String documentNumber, Instant receivedAt) {
        this.cycleId = cycleId;
        this.unitCode = unitCode;
        this.deliveryId = deliveryId;
        this.clientId = clientId;
        this.documentNumber = documentNumber;
        this.receivedAt = receivedAt;
    }

    String deliveryId() {
        return deliveryId;
    }

    String documentNumber() {
        return documentNumber;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
