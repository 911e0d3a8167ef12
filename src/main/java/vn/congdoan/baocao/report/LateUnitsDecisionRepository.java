package vn.congdoan.baocao.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface LateUnitsDecisionRepository extends JpaRepository<LateUnitsDecision, Long> {
}
