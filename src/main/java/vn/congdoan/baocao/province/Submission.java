package vn.congdoan.baocao.province;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sending of the provincial report to the national federation, as the policy dept. recorded it. */
@Entity
@Table(name = "submission")
class Submission {

    @Id
    private Long cycleId;

    private String documentNumber;
    private LocalDate sentOn;
    private String sender;
    private String recipientAddress;
    private String recordedBy;
    private Instant recordedAt;
    private Instant mailedAt;
    private Long nationalCycleId;

    protected Submission() {
    }

    Submission(long cycleId, SubmissionRecord record, String recordedBy, Instant recordedAt) {
        this.cycleId = cycleId;
        this.documentNumber = record.documentNumber();
        this.sentOn = record.sentOn();
        this.sender = record.sender();
        this.recipientAddress = record.recipientAddress();
        this.nationalCycleId = record.nationalCycleId();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    SubmissionRecord record() {
        return new SubmissionRecord(documentNumber, sentOn, sender, recipientAddress, nationalCycleId);
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Instant mailedAt() {
        return mailedAt;
    }

    void nationalCycle(long id) {
        nationalCycleId = id;
    }

    void mailed(Instant at) {
        mailedAt = at;
    }
}
