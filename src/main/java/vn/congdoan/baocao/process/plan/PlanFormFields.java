package vn.congdoan.baocao.process.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdoan.baocao.process.JsonVariables;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.StoredText;

/**
 * The plan's fields on the start form and the draft-plan form, read into the request body the API
 * takes. A field the form did not send takes the template's default (start) or keeps its value (draft),
 * as for the API; a field sent blank is blank, so that what the form showed is what the cycle gets.
 */
public final class PlanFormFields {

    static final String TEMPLATE = "template";
    static final String PLAN_NUMBER = "planNumber";
    static final String PLAN_DATE = "planDate";
    static final String TITLE = "title";
    static final String PLACE = "place";
    static final String SUPERIOR = "superior";
    static final String ISSUER = "issuer";
    static final String LEGAL_BASIS = "legalBasis";
    static final String RESOLUTION = "resolution";
    static final String UNIT_REVIEW = "unitReviewDeadline";
    static final String UNIT_REPORT = "unitReportDeadline";
    static final String PROVINCE_REVIEW = "provinceReviewDeadline";
    static final String SUBMISSION = "submissionDeadline";
    static final String DEADLINE_MEANS = "deadlineMeans";
    static final String CUT_OFF = "cutOff";
    static final String TIME_ZONE = "timeZone";
    /** Offsets as people write them, separated by commas: "5, 1", "12 giờ". */
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
    /** Earlier start forms and REST clients: one period a line, "2016 | Năm 2016". */
    static final String PERIODS_TEXT = "periodsText";
    /** Earlier start forms and REST clients: unit codes separated by commas, spaces or lines. */
    static final String UNITS_TEXT = "unitsText";

    static final List<String> KEYS = List.of(TEMPLATE, PLAN_NUMBER, PLAN_DATE, TITLE, PLACE, SUPERIOR, ISSUER,
            LEGAL_BASIS, RESOLUTION, PERIODS_TEXT, UNITS_TEXT, UNIT_REVIEW, UNIT_REPORT, PROVINCE_REVIEW, SUBMISSION,
            DEADLINE_MEANS, CUT_OFF, TIME_ZONE, REMINDERS_BEFORE, REMINDERS_OVERDUE_EVERY, SIGNER_AUTHORITY,
            SIGNER_TITLE, SIGNER_NAME, RECIPIENTS, REPORT_RECIPIENTS, NATIONAL_ADDRESS);

    /** The units of one kind the form sends: {@code units_DISTRICT}, those ticked among the units shown. */
    private static final Pattern UNITS_OF_KIND = Pattern.compile("units_([A-Z][A-Z0-9_]{0,39})");
    /** The boxes of the units of one kind as ticked, some perhaps no longer shown: {@code unitChoice_DISTRICT}. */
    private static final Pattern UNIT_CHOICE = Pattern.compile("unitChoice_([A-Z][A-Z0-9_]{0,39})");
    /** A period's row, numbered from 1: {@code periodCode3}, {@code periodLabel3}. */
    private static final Pattern PERIOD_ROW = Pattern.compile("period(Code|Label)([1-9][0-9]?)");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern IN_WORDS = Pattern.compile("(\\d{1,3})\\s*(ngày|giờ|gio|ngay)?");
    private static final Pattern ISO_DAYS = Pattern.compile("P(\\d{1,3})D");
    private static final Pattern ISO_HOURS = Pattern.compile("PT(\\d{1,3})H");

    private PlanFormFields() {
    }

    /** Whether a plan form has a field of this name. */
    public static boolean isField(String name) {
        return KEYS.contains(name) || UNITS_OF_KIND.matcher(name).matches() || UNIT_CHOICE.matcher(name).matches()
                || PERIOD_ROW.matcher(name).matches();
    }

    /** Whether the draft-plan form has a field of this name: all of the start form's but the template. */
    public static boolean isDraftField(String name) {
        return isField(name) && !TEMPLATE.equals(name);
    }

    static String unitsOfKind(String kind) {
        return "units_" + kind;
    }

    static String unitChoice(String kind) {
        return "unitChoice_" + kind;
    }

    static String periodCode(int row) {
        return "periodCode" + row;
    }

    static String periodLabel(int row) {
        return "periodLabel" + row;
    }

    static ObjectNode read(Map<String, Object> form) {
        ObjectNode request = NODES.objectNode();
        for (String key : List.of(TEMPLATE, PLAN_NUMBER, PLAN_DATE, TITLE, PLACE, SUPERIOR, ISSUER, LEGAL_BASIS,
                RESOLUTION, DEADLINE_MEANS, CUT_OFF, TIME_ZONE, NATIONAL_ADDRESS)) {
            text(form, key).ifPresent(value -> request.put(key, value));
        }
        readPeriods(form, request);
        readUnits(form, request);
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
                    .map(PlanFormFields::duration).forEach(before::add);
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

    /** The rows in their order; a row left blank is no period, a row half filled is one the checks name. */
    private static void readPeriods(Map<String, Object> form, ObjectNode request) {
        TreeMap<Integer, String[]> rows = new TreeMap<>();
        form.forEach((name, value) -> {
            Matcher row = PERIOD_ROW.matcher(name);
            if (row.matches()) {
                String[] cells = rows.computeIfAbsent(Integer.parseInt(row.group(2)), n -> new String[] {"", ""});
                cells["Code".equals(row.group(1)) ? 0 : 1] = text(form, name).orElse("");
            }
        });
        Optional<String> lines = text(form, PERIODS_TEXT);
        if (rows.isEmpty() && lines.isEmpty()) {
            return;
        }
        ArrayNode periods = request.putArray("periods");
        rows.values().stream().filter(cells -> !cells[0].isEmpty() || !cells[1].isEmpty())
                .forEach(cells -> periods.addObject().put("code", cells[0]).put("label", cells[1]));
        lines.ifPresent(text -> {
            for (String line : lines(text)) {
                String[] parts = line.split("\\|", 2);
                periods.addObject().put("code", parts[0].trim()).put("label", parts.length > 1 ? parts[1].trim() : "");
            }
        });
    }

    /** The units ticked in every kind's boxes, kind after kind as the form lists them. */
    private static void readUnits(Map<String, Object> form, ObjectNode request) {
        List<String> codes = new ArrayList<>();
        boolean sent = false;
        for (Map.Entry<String, Object> field : form.entrySet()) {
            if (UNITS_OF_KIND.matcher(field.getKey()).matches()) {
                sent = true;
                codes.addAll(codes(field.getKey(), field.getValue()));
            }
        }
        Optional<String> typed = text(form, UNITS_TEXT);
        typed.ifPresent(text -> Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank()).forEach(codes::add));
        if (sent || typed.isPresent()) {
            ArrayNode units = request.putArray("units");
            codes.forEach(units::add);
        }
    }

    private static List<String> codes(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text && !text.strip().startsWith("[")) {
            return Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
        }
        JsonNode list = JsonVariables.read(value);
        if (!list.isArray()) {
            throw new BadRequestException("Trường «" + field + "» cần danh sách mã đơn vị (mảng JSON), không phải "
                    + StoredText.quote(list.toString()) + ". Không có gì được lưu.");
        }
        List<String> codes = new ArrayList<>();
        list.forEach(code -> codes.add(code.isTextual() ? code.textValue() : code.toString()));
        return codes;
    }

    /** A field sent is its text, blank included; a field not sent is empty. */
    private static Optional<String> text(Map<String, Object> form, String key) {
        if (!form.containsKey(key)) {
            return Optional.empty();
        }
        Object value = form.get(key);
        if (value instanceof Date date) {
            value = DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
        }
        return Optional.of(value == null ? "" : value.toString().strip());
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

    /** The inverse of {@link #duration}: "P5D" as "5", "PT12H" as "12 giờ", any other duration as written. */
    static String inWords(String duration) {
        if (duration == null) {
            return "";
        }
        Matcher days = ISO_DAYS.matcher(duration);
        if (days.matches()) {
            return days.group(1);
        }
        Matcher hours = ISO_HOURS.matcher(duration);
        return hours.matches() ? hours.group(1) + " giờ" : duration;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
