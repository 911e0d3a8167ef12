package vn.congdoan.baocao.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A cycle as stored: its parameters, stage and participating units. */
public record CycleView(
        long id,
        String template,
        int templateVersion,
        String title,
        String planNumber,
        LocalDate planDate,
        String place,
        String superior,
        String issuer,
        String legalBasis,
        String resolution,
        List<Period> periods,
        List<CycleUnit> units,
        Deadlines deadlines,
        DeadlineMeans deadlineMeans,
        DeadlineView cutOff,
        ZoneId timeZone,
        Reminders reminders,
        Signer signer,
        List<String> recipients,
        List<String> reportRecipients,
        String nationalAddress,
        CycleStage stage,
        String processInstanceId,
        String planIssuedNumber,
        LocalDate planIssuedOn,
        String createdBy,
        Instant createdAt) {

    /** The plan's number as printed: as issued once it is, as planned before. */
    public String printedPlanNumber() {
        return planIssuedNumber != null ? planIssuedNumber : planNumber;
    }

    /** The plan's date as printed: the day it was issued once it is, the planned day before. */
    public LocalDate printedPlanDate() {
        return planIssuedOn != null ? planIssuedOn : planDate;
    }

    public record Deadlines(DeadlineView unitReview, DeadlineView unitReport, DeadlineView provinceReview,
                            DeadlineView submission) {
    }

    /** A deadline as written, the instant it means in the cycle's time zone, and in words. */
    public record DeadlineView(String input, OffsetDateTime due, String text) {

        static DeadlineView of(Deadline deadline, DeadlineMeans means, ZoneId zone) {
            return new DeadlineView(deadline.input(), deadline.due().atZone(zone).toOffsetDateTime(),
                    DeadlineCalculator.describe(deadline.input(), means, zone));
        }
    }

    public record Reminders(List<String> before, String overdueEvery) {
    }

    public record Signer(String authority, String title, String name) {
    }
}
