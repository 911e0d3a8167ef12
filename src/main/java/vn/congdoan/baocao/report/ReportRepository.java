package vn.congdoan.baocao.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    // written out: a query derived from the method's name is translated again on every call, and this one
    // runs several times for each unit's task
    @Query("select r from Report r where r.cycleId = ?1 and r.unitCode = ?2")
    Optional<Report> findByCycleIdAndUnitCode(long cycleId, String unitCode);

    List<Report> findByCycleIdOrderById(long cycleId);

    @Query("select r from Report r where r.unitCode in ?1")
    List<Report> findByUnitCodes(Collection<String> unitCodes);
}
