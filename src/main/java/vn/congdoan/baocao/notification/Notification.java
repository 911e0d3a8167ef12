package vn.congdoan.baocao.notification;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long cycleId;

    @Enumerated(EnumType.STRING)
    private NotificationSubject subject;

    private String subjectKey;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String recipient;
    private Instant deadline;
    private String slot;
    private String message;
    private String mailedTo;
    private Instant createdAt;

    protected Notification() {
    }

    Notification(NotificationRequest request, Instant createdAt) {
        this.cycleId = request.cycleId();
        this.subject = request.subject();
        this.subjectKey = request.subjectKey();
        this.kind = request.kind();
        this.recipient = request.recipient();
        this.deadline = request.deadline();
        this.slot = request.slot();
        this.message = request.message();
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String message() {
        return message;
    }

    String recipient() {
        return recipient;
    }

    void mailedTo(String address) {
        this.mailedTo = address;
    }

    NotificationView view(ZoneId zone) {
        return new NotificationView(id, subject, subjectKey, kind, recipient, deadline.atZone(zone).toOffsetDateTime(),
                slot, message, createdAt.atZone(zone).toOffsetDateTime(), mailedTo);
    }
}
