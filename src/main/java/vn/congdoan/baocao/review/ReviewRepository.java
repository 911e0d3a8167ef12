package vn.congdoan.baocao.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByCycleIdAndSubjectAndUnitCodeOrderById(long cycleId, ReviewSubject subject, String unitCode);

    List<Review> findByCycleIdAndSubjectAndUnitCodeIsNullOrderById(long cycleId, ReviewSubject subject);
}
