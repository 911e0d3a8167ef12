package vn.congdoan.baocao.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByCycleIdAndUnitCode(long cycleId, String unitCode);

    List<Report> findByCycleIdOrderById(long cycleId);
}
