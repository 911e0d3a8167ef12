package vn.congdoan.baocao.process.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the start form's fields into the same request body the API takes. A field left blank is
 * left out, so that the template's default applies, as for the API.
 */
final class StartFormParameters {

    static final String TEMPLATE = "template";
    static final String PLAN_NUMBER = "planNumber";
    static final String PLAN_DATE = "planDate";
    static final String TITLE = "title";
    static final String PLACE = "place";
    static final String SUPERIOR = "superior";
    static final String ISSUER = "issuer";
    static final String LEGAL_BASIS = "legalBasis";
    static final String RESOLUTION = "resolution";
    /** One period a line: "2016 | Năm 2016". */
    static final String PERIODS = "periodsText";
    /** Unit codes separated by commas, spaces or lines. */
    static final String UNITS = "unitsText";
    static final String UNIT_REVIEW = "unitReviewDeadline";
    static final String UNIT_REPORT = "unitReportDeadline";
    static final String PROVINCE_REVIEW = "provinceReviewDeadline";
    static final String SUBMISSION = "submissionDeadline";
    static final String DEADLINE_MEANS = "deadlineMeans";
    static final String CUT_OFF = "cutOff";
    static final String TIME_ZONE = "timeZone";
    /** Durations separated by commas or lines: "P5D, P1D". */
    static final String REMINDERS_BEFORE = "remindersBefore";
    static final String REMINDERS_OVERDUE_EVERY = "remindersOverdueEvery";
    static final String SIGNER_AUTHORITY = "signerAuthority";
    static final String SIGNER_TITLE = "signerTitle";
    static final String SIGNER_NAME = "signerName";
    /** One recipient a line. */
    static final String RECIPIENTS = "recipientsText";
    /** One recipient of the provincial report a line. */
    static final String REPORT_RECIPIENTS = "reportRecipientsText";
    static final String NATIONAL_ADDRESS = "nationalAddress";

    static final List<String> KEYS = List.of(TEMPLATE, PLAN_NUMBER, PLAN_DATE, TITLE, PLACE, SUPERIOR, ISSUER,
            LEGAL_BASIS, RESOLUTION, PERIODS, UNITS, UNIT_REVIEW, UNIT_REPORT, PROVINCE_REVIEW, SUBMISSION,
            DEADLINE_MEANS, CUT_OFF, TIME_ZONE, REMINDERS_BEFORE, REMINDERS_OVERDUE_EVERY, SIGNER_AUTHORITY,
            SIGNER_TITLE, SIGNER_NAME, RECIPIENTS, REPORT_RECIPIENTS, NATIONAL_ADDRESS);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern IN_WORDS = Pattern.compile("(\\d{1,3})\\s*(ngày|giờ|gio|ngay)?");

    private StartFormParameters() {
    }

    static ObjectNode read(Map<String, Object> form) {
        ObjectNode request = NODES.objectNode();
        for (String key : List.of(TEMPLATE, PLAN_NUMBER, PLAN_DATE, TITLE, PLACE, SUPERIOR, ISSUER, LEGAL_BASIS,
                RESOLUTION, DEADLINE_MEANS, CUT_OFF, TIME_ZONE, NATIONAL_ADDRESS)) {
            text(form, key).ifPresent(value -> request.put(key, value));
        }
        text(form, PERIODS).ifPresent(text -> {
            ArrayNode periods = request.putArray("periods");
            for (String line : lines(text)) {
                String[] parts = line.split("\\|", 2);
                ObjectNode period = periods.addObject();
                period.put("code", parts[0].trim());
                period.put("label", parts.length > 1 ? parts[1].trim() : "");
            }
        });
        text(form, UNITS).ifPresent(text -> {
            ArrayNode units = request.putArray("units");
            Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank()).forEach(units::add);
        });
        ObjectNode deadlines = NODES.objectNode();
        text(form, UNIT_REVIEW).ifPresent(v -> deadlines.put("unitReview", v));
        text(form, UNIT_REPORT).ifPresent(v -> deadlines.put("unitReport", v));
        text(form, PROVINCE_REVIEW).ifPresent(v -> deadlines.put("provinceReview", v));
        text(form, SUBMISSION).ifPresent(v -> deadlines.put("submission", v));
        if (!deadlines.isEmpty()) {
            request.set("deadlines", deadlines);
        }
        ObjectNode reminders = NODES.objectNode();
        text(form, REMINDERS_BEFORE).ifPresent(text -> {
            ArrayNode before = reminders.putArray("before");
            Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(d -> !d.isEmpty())
                    .map(StartFormParameters::duration).forEach(before::add);
        });
        text(form, REMINDERS_OVERDUE_EVERY).ifPresent(v -> reminders.put("overdueEvery", duration(v)));
        if (!reminders.isEmpty()) {
            request.set("reminders", reminders);
        }
        ObjectNode signer = NODES.objectNode();
        text(form, SIGNER_AUTHORITY).ifPresent(v -> signer.put("authority", v));
        text(form, SIGNER_TITLE).ifPresent(v -> signer.put("title", v));
        text(form, SIGNER_NAME).ifPresent(v -> signer.put("name", v));
        if (!signer.isEmpty()) {
            request.set("signer", signer);
        }
        for (Map.Entry<String, String> list : Map.of(RECIPIENTS, "recipients", REPORT_RECIPIENTS, "reportRecipients").entrySet()) {
            text(form, list.getKey()).ifPresent(text -> {
                ArrayNode recipients = request.putArray(list.getValue());
                lines(text).forEach(recipients::add);
            });
        }
        return request;
    }

    private static Optional<String> text(Map<String, Object> form, String key) {
        Object value = form.get(key);
        if (value instanceof Date date) {
            value = DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
        }
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * A reminder's offset as a person writes it: "5" or "5 ngày" (days), "12 giờ" (hours); anything else is
     * passed on as written, an ISO-8601 duration or a mistake that the cycle's checks name.
     */
    static String duration(String written) {
        Matcher words = IN_WORDS.matcher(written.strip().toLowerCase(Locale.ROOT));
        if (!words.matches()) {
            return written.strip();
        }
        return words.group(2) != null && words.group(2).startsWith("gi")
                ? "PT" + words.group(1) + "H"
                : "P" + words.group(1) + "D";
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
