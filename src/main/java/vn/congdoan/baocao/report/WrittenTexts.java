package vn.congdoan.baocao.report;

import java.util.Map;

/** Texts as stored: what was written replaces what was there; an empty text is not kept. */
public final class WrittenTexts {

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
}
