package vn.congdoan.baocao.province;

import java.time.LocalDate;

/**
 * What was sent to the national federation: document number, date, who sent it, to which address, and the
 * national cycle it is also delivered to (null: e-mail only).
 */
public record SubmissionRecord(String documentNumber, LocalDate sentOn, String sender, String recipientAddress,
                               Long nationalCycleId) {

    /** The fields' keys, as the submission form and the process variables name them. */
    public static final String NUMBER = "submissionNumber";
    public static final String DATE = "submissionDate";
    public static final String SENDER = "submissionSender";
    public static final String ADDRESS = "submissionAddress";
    public static final String NATIONAL_CYCLE = "nationalCycleId";
}
