package vn.congdoan.baocao.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import vn.congdoan.baocao.system.Days;

/** Turns a deadline as written into the instant it means, in the cycle's time zone. */
public final class DeadlineCalculator {

    public static final DateTimeFormatter DAY = Days.FORMAT;
    /** An instant as messages write it: "23:59 ngày 19/8/2020". */
    public static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' d/M/yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private DeadlineCalculator() {
    }

    /** The deadline in words, as the plan writes it: "trước ngày 20/8/2020", "ngày 20/8/2020", "17:00 ngày 20/8/2020". */
    public static String describe(String input, DeadlineMeans means, ZoneId zone) {
        try {
            LocalDate day = LocalDate.parse(input.trim());
            return (means == DeadlineMeans.BEFORE_DAY ? "trước ngày " : "ngày ") + DAY.format(day);
        } catch (DateTimeParseException notADay) {
            OffsetDateTime at = OffsetDateTime.parse(input.trim()).atZoneSameInstant(zone).toOffsetDateTime();
            return TIME.format(at) + " ngày " + DAY.format(at);
        }
    }

    /** Empty when the text is neither a day (yyyy-MM-dd) nor an ISO-8601 date-time with offset. */
    public static Optional<Instant> due(String input, DeadlineMeans means, ZoneId zone) {
        if (input == null) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(input.trim());
            LocalDate lastDay = means == DeadlineMeans.BEFORE_DAY ? day.minusDays(1) : day;
            return Optional.of(lastDay.atTime(END_OF_DAY).atZone(zone).toInstant());
        } catch (DateTimeParseException notADay) {
            try {
                return Optional.of(OffsetDateTime.parse(input.trim()).toInstant());
            } catch (DateTimeParseException notADateTime) {
                return Optional.empty();
            }
        }
    }
}
