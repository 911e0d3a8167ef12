package vn.congdoan.baocao.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    // written out, as ReportRepository's: read each time a unit's task is prepared
    @Query("select r from Review r where r.cycleId = ?1 and r.subject = ?2 and r.unitCode = ?3 order by r.id")
    List<Review> findByCycleIdAndSubjectAndUnitCodeOrderById(long cycleId, ReviewSubject subject, String unitCode);

    List<Review> findByCycleIdAndSubjectAndUnitCodeIsNullOrderById(long cycleId, ReviewSubject subject);

    @Query("select r.unitCode, count(r) from Review r where r.cycleId = ?1 and r.subject = ?2 and r.decision = ?3 "
            + "group by r.unitCode")
    List<Object[]> countByUnit(long cycleId, ReviewSubject subject, Decision decision);
}
