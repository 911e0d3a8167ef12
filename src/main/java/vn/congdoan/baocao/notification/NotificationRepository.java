package vn.congdoan.baocao.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByCycleIdAndSubjectAndSubjectKeyAndKindAndRecipientAndDeadlineAndSlot(
            long cycleId, NotificationSubject subject, String subjectKey, NotificationKind kind, String recipient,
            Instant deadline, String slot);

    List<Notification> findByCycleIdOrderById(long cycleId);

    List<Notification> findByCycleIdAndSubjectKeyOrderById(long cycleId, String subjectKey);

    @Query("select n.subjectKey, count(n) from Notification n where n.cycleId = ?1 and n.subject = ?2 and n.kind = ?3"
            + " group by n.subjectKey")
    List<Object[]> countBySubjectKey(long cycleId, NotificationSubject subject, NotificationKind kind);
}
