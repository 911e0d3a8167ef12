package vn.congdoan.baocao.cycle;

import java.util.List;

/**
 * The parameters of a new cycle as a user gives them (API body or start form). Values stay text
 * until {@link CycleParametersValidator} has read them, so that every bad value is reported by field.
 */
public record CycleParameters(
        String template,
        /* the template's version; null: its newest */
        Integer templateVersion,
        String planNumber,
        String planDate,
        String place,
        String superior,
        String issuer,
        String title,
        String legalBasis,
        String resolution,
        List<PeriodParameter> periods,
        List<String> units,
        Deadlines deadlines,
        String deadlineMeans,
        String cutOff,
        String timeZone,
        Reminders reminders,
        Signer signer,
        List<String> recipients,
        List<String> reportRecipients,
        String nationalAddress) {

    public record PeriodParameter(String code, String label) {
    }

    /** Each a day (read with {@code deadlineMeans}) or an ISO-8601 date-time with offset. */
    public record Deadlines(String unitReview, String unitReport, String provinceReview, String submission) {
    }

    /** ISO-8601 durations: before the deadline, and the interval while overdue. */
    public record Reminders(List<String> before, String overdueEvery) {
    }

    public record Signer(String authority, String title, String name) {
    }
}
