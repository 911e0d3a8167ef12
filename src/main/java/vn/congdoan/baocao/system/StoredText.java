package vn.congdoan.baocao.system;

import java.util.Locale;
import java.util.Optional;

/**
 * What a text column takes, checked before the database is asked so that the user hears which field is
 * too long instead of getting a failed statement. Lengths count characters as the database does (code
 * points), not UTF-16 units.
 */
public final class StoredText {

    /** How much of a refused value a message repeats. */
    private static final int QUOTED = 60;

    private StoredText() {
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * What keeps the text out of a column of {@code max} characters, said after its name (no full stop):
     * its length, or a NUL character, which PostgreSQL does not store in a text. Empty when it fits.
     */
    public static Optional<Problem> problem(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        int length = length(text);
        if (length > max) {
            return Optional.of(new Problem("dài " + count(length) + " ký tự, quá giới hạn " + count(max) + " ký tự",
                    true));
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.of(new Problem("chứa ký tự NUL (U+0000), không lưu được", false));
        }
        if (hasUnpairedSurrogate(text)) {
            return Optional.of(new Problem("chứa ký tự không hợp lệ (nửa cặp thay thế UTF-16, như \\ud800), "
                    + "không lưu được", false));
        }
        return Optional.empty();
    }

    /** @param tooLong whether the text is refused for its length (else for a character it holds) */
    public record Problem(String description, boolean tooLong) {
    }

    /** A surrogate without its pair ("\\ud800" in JSON) is no character: a database stores it as "?". */
    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value as a message repeats it: at most 60 characters, the rest said as a count; a control character
     * or a broken one shown as �.
     */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        int length = length(value);
        String shown = length <= QUOTED ? value : value.substring(0, value.offsetByCodePoints(0, QUOTED));
        StringBuilder quoted = new StringBuilder();
        shown.codePoints().forEach(c -> quoted.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c));
        return length <= QUOTED ? quoted.toString() : quoted + "… (" + count(length) + " ký tự)";
    }

    /** 200000 as 200 000, as the messages write numbers. */
    public static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', ' ');
    }
}
