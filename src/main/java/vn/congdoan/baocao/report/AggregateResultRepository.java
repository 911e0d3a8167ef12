package vn.congdoan.baocao.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface AggregateResultRepository extends JpaRepository<AggregateResult, Long> {
}
