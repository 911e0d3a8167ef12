package vn.congdoan.baocao.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.DeadlineMeans;
import vn.congdoan.baocao.template.DocumentTexts;

/** The values of the names a document text holds in braces ({@link DocumentTexts#PLACEHOLDERS}), from the cycle. */
final class DocumentFields {

    /** Where a number is still to be written in by hand, as the dates' blanks are. */
    static final String NUMBER_BLANK = "……";

    private DocumentFields() {
    }

    static Map<String, String> of(CycleView cycle, String unitName) {
        Map<String, String> values = new HashMap<>();
        values.put("planNumber", cycle.printedPlanNumber());
        values.put("planSerial", serial(cycle.printedPlanNumber()));
        values.put("planDate", DocumentDates.longDate(cycle.printedPlanDate()));
        values.put("place", cycle.place());
        values.put("issuer", cycle.issuer());
        values.put("superior", cycle.superior());
        values.put("title", cycle.title());
        values.put("legalBasis", cycle.legalBasis());
        values.put("resolution", cycle.resolution());
        values.put("unit", unitName);
        deadline(values, "unitReview", cycle.deadlines().unitReview(), cycle);
        deadline(values, "unitReport", cycle.deadlines().unitReport(), cycle);
        deadline(values, "provinceReview", cycle.deadlines().provinceReview(), cycle);
        deadline(values, "submission", cycle.deadlines().submission(), cycle);
        deadline(values, "cutOff", cycle.cutOff(), cycle);
        return values;
    }

    /**
     * The values for a report: the cycle's, and the report's own number and date as its header prints
     * them ("số 95 ngày 14 tháng 9 năm 2020"), blanks to be written in where they are not known yet.
     */
    static Map<String, String> ofReport(CycleView cycle, String unitName, String documentNumber, LocalDate date) {
        Map<String, String> values = of(cycle, unitName);
        values.put("reportSerial", documentNumber == null ? NUMBER_BLANK : serial(documentNumber));
        values.put("reportDate", DocumentDates.longDate(date));
        return values;
    }

    /** "23" of "23/KH-LĐLĐ", as a caption names a document. */
    private static String serial(String documentNumber) {
        return documentNumber.split("/", 2)[0].strip();
    }

    /**
     * A deadline as a plan writes it. A day read as "before the day" is "trước ngày 15 tháng 8 năm 2020";
     * a day that is itself the last is "chậm nhất ngày …"; a date-time is "trước 17 giờ 00 ngày …".
     */
    private static void deadline(Map<String, String> values, String name, CycleView.DeadlineView deadline, CycleView cycle) {
        String input = deadline.input().strip();
        String words;
        String figures;
        try {
            LocalDate day = LocalDate.parse(input);
            String lead = cycle.deadlineMeans() == DeadlineMeans.BEFORE_DAY ? "trước " : "chậm nhất ";
            words = lead + DocumentDates.longDate(day);
            figures = lead + "ngày " + DeadlineCalculator.DAY.format(day);
        } catch (DateTimeParseException notADay) {
            OffsetDateTime at = OffsetDateTime.parse(input).atZoneSameInstant(cycle.timeZone()).toOffsetDateTime();
            String hour = "trước " + at.getHour() + " giờ " + String.format("%02d", at.getMinute()) + " ";
            words = hour + DocumentDates.longDate(at.toLocalDate());
            figures = hour + "ngày " + DeadlineCalculator.DAY.format(at);
        }
        values.put(name, words);
        values.put(name + ".short", figures);
    }

    static String fill(String text, Map<String, String> values) {
        return DocumentTexts.fill(text, values);
    }
}
