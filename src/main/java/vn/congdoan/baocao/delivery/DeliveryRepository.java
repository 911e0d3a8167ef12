package vn.congdoan.baocao.delivery;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryRepository extends JpaRepository<Delivery, Delivery.Key> {

    boolean existsByCycleIdAndUnitCodeAndReceivedAtAfter(long cycleId, String unitCode, Instant at);
}
