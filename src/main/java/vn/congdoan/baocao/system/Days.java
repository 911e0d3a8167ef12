package vn.congdoan.baocao.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as the documents and messages write it: 9/8/2020. */
public final class Days {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d/M/yyyy");

    private Days() {
    }

    public static String format(LocalDate day) {
        return day == null ? "" : FORMAT.format(day);
    }
}
