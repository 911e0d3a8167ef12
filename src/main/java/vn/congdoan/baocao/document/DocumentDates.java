package vn.congdoan.baocao.document;

import java.time.LocalDate;

/** Dates as Vietnamese documents write them: "ngày 11 tháng 6 năm 2020". */
final class DocumentDates {

    private DocumentDates() {
    }

    /** The date in words, or blanks to be written in by hand when there is none yet. */
    static String longDate(LocalDate date) {
        return date == null ? "ngày …… tháng …… năm ……"
                : "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
