package vn.congdoan.baocao.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LateUnitsDecisionRepository extends JpaRepository<LateUnitsDecision, Long> {

    Optional<LateUnitsDecision> findFirstByCycleIdAndDecisionOrderByIdDesc(long cycleId, String decision);
}
