package vn.congdoan.baocao.province;

import java.time.LocalDate;

/** What was sent to the national federation: document number, date, who sent it, to which address. */
public record SubmissionRecord(String documentNumber, LocalDate sentOn, String sender, String recipientAddress) {
}
