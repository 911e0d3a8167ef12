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

    /** An instant as the cycle's time zone writes it; null stays null. */
    public OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(timeZone).toOffsetDateTime();
    }

    /**
     * The parameters as they were sent (a POST of them starts an equal cycle): deadlines as written,
     * unit codes, and an optional text left out as "" (null would take the template's value).
     */
    public CycleParameters asSent() {
        return new CycleParameters(template, templateVersion, planNumber, planDate.toString(), place, given(superior), issuer, title,
                given(legalBasis), given(resolution),
                periods.stream().map(p -> new CycleParameters.PeriodParameter(p.code(), p.label())).toList(),
                units.stream().map(CycleUnit::code).toList(),
                new CycleParameters.Deadlines(deadlines.unitReview().input(), deadlines.unitReport().input(),
                        deadlines.provinceReview().input(), deadlines.submission().input()),
                deadlineMeans.name(), cutOff.input(), timeZone.getId(),
                new CycleParameters.Reminders(reminders.before(), reminders.overdueEvery()),
                new CycleParameters.Signer(given(signer.authority()), given(signer.title()), signer.name()),
                recipients, reportRecipients, given(nationalAddress));
    }

    private static String given(String optional) {
        return optional == null ? "" : optional;
    }

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
