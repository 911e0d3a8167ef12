package vn.congdoan.baocao.national;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NationalDeliveryRepository extends JpaRepository<NationalDelivery, NationalDelivery.Key> {

    long countByCycleIdAndStatusIn(long cycleId, Collection<NationalReview> statuses);

    Optional<NationalDelivery> findFirstByCycleIdOrderByRoundDesc(long cycleId);
}
