package vn.congdoan.baocao.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notifications, each once: a request already stored (a retried timer job, a second node) is
 * skipped, and the unique key of the table stops a concurrent duplicate.
 */
@Service
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifications(NotificationRepository repository, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /** Stores the notification unless it was already; answers whether it is new. */
    @Transactional
    public boolean send(NotificationRequest request) {
        if (repository.existsByCycleIdAndSubjectAndSubjectKeyAndKindAndRecipientAndDeadlineAndSlot(request.cycleId(),
                request.subject(), request.subjectKey(), request.kind(), request.recipient(), request.deadline(),
                request.slot())) {
            LOG.debug("Notification already sent: {}", request);
            return false;
        }
        Notification stored = repository.saveAndFlush(new Notification(request, clock.instant()));
        LOG.info("Notification {} to {} ({} {} {}): {}", stored.id(), request.recipient(), request.kind(),
                request.subjectKey(), request.slot(), request.message());
        events.publishEvent(new NotificationStored(stored.id()));
        return true;
    }

    /** A cycle's notifications in the order they were sent; only those about that unit when one is given. */
    @Transactional(readOnly = true)
    public List<NotificationView> list(long cycleId, String subjectKey, ZoneId zone) {
        List<Notification> found = subjectKey == null
                ? repository.findByCycleIdOrderById(cycleId)
                : repository.findByCycleIdAndSubjectKeyOrderById(cycleId, subjectKey);
        return found.stream().map(n -> n.view(zone)).toList();
    }

    /** How many reminders each unit of the cycle was sent. */
    @Transactional(readOnly = true)
    public Map<String, Long> remindersPerUnit(long cycleId) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : repository.countBySubjectKey(cycleId, NotificationSubject.UNIT_REPORT,
                NotificationKind.REMINDER)) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
