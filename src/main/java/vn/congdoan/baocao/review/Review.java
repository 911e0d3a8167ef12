package vn.congdoan.baocao.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long cycleId;

    @Enumerated(EnumType.STRING)
    private ReviewSubject subject;

    private String unitCode;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String comment;

    private String decidedBy;

    private Instant decidedAt;

    protected Review() {
    }

    Review(long cycleId, ReviewSubject subject, String unitCode, Decision decision, String comment, String decidedBy,
           Instant decidedAt) {
        this.cycleId = cycleId;
        this.subject = subject;
        this.unitCode = unitCode;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    ReviewEntry entry() {
        return new ReviewEntry(decision, comment, decidedBy, decidedAt);
    }
}
