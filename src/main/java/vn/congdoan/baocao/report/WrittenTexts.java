package vn.congdoan.baocao.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.congdoan.baocao.system.StoredText;

/** Texts as stored: what was written replaces what was there; an empty text is not kept. */
public final class WrittenTexts {

    /** The characters a section or an explanation holds (report_section, report_explanation, province_report_section). */
    public static final int MAX_LENGTH = 200_000;

    private WrittenTexts() {
    }

    public static void replace(Map<String, String> stored, Map<String, String> written) {
        stored.clear();
        written.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                stored.put(code, text);
            }
        });
    }

    /** What keeps each text out of its column, by code; empty when all fit. */
    public static Map<String, StoredText.Problem> problems(Map<String, String> written) {
        Map<String, StoredText.Problem> problems = new LinkedHashMap<>();
        written.forEach((code, text) -> StoredText.problem(text, MAX_LENGTH).ifPresent(p -> problems.put(code, p)));
        return problems;
    }

    /** What to store: the written texts, where one that cannot be stored keeps the text stored before for its code. */
    public static Map<String, String> storable(Map<String, String> written, Map<String, String> stored) {
        Map<String, StoredText.Problem> problems = problems(written);
        Map<String, String> storable = new LinkedHashMap<>();
        written.forEach((code, text) -> {
            if (!problems.containsKey(code)) {
                storable.put(code, text);
            } else {
                Optional.ofNullable(stored.get(code)).ifPresent(previous -> storable.put(code, previous));
            }
        });
        return storable;
    }
}
