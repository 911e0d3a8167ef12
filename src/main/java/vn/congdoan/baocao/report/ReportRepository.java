package vn.congdoan.baocao.report;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByCycleIdAndUnitCode(long cycleId, String unitCode);

    /** The report, its row locked until the transaction ends: a concurrent change waits, or is waited for. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Report r where r.cycleId = :cycleId and r.unitCode = :unitCode")
    Optional<Report> lockByCycleIdAndUnitCode(long cycleId, String unitCode);

    List<Report> findByCycleIdOrderById(long cycleId);
}
