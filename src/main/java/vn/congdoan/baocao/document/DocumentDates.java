package vn.congdoan.baocao.document;

import java.time.LocalDate;

/**
 * Dates as Vietnamese documents write them: "ngày 11 tháng 6 năm 2020". Decree 30/2020/NĐ-CP writes a
 * day below 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng 01 năm 2021"), so that
 * nobody can turn them into another day or month by adding a digit.
 */
final class DocumentDates {

    private DocumentDates() {
    }

    /** The date in words, or blanks to be written in by hand when there is none yet. */
    static String longDate(LocalDate date) {
        if (date == null) {
            return "ngày …… tháng …… năm ……";
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" : "") + day + " tháng " + (month < 3 ? "0" : "") + month
                + " năm " + date.getYear();
    }
}
