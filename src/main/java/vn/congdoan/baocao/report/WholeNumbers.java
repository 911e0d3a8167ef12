package vn.congdoan.baocao.report;

import java.math.BigDecimal;
import java.util.Optional;

/** The figures a table takes: whole numbers from 0 to 999 999 999; the API, the form and the upload check them here. */
public final class WholeNumbers {

    public static final long MAX = 999_999_999L;
    /** Said of a value that is no number at all. */
    public static final String NOT_A_NUMBER = "không phải số nguyên";

    private WholeNumbers() {
    }

    /** What is wrong with the number, said after the value as the user wrote it (no full stop); empty when none. */
    public static Optional<String> problem(BigDecimal number) {
        if (number.stripTrailingZeros().scale() > 0) {
            return Optional.of("có phần thập phân; chỉ nhận số nguyên");
        }
        if (number.signum() < 0) {
            return Optional.of("là số âm; chỉ nhận số nguyên từ 0 đến 999 999 999");
        }
        if (number.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            return Optional.of("quá 9 chữ số; chỉ nhận số nguyên từ 0 đến 999 999 999");
        }
        return Optional.empty();
    }
}
