package vn.congdoan.baocao.document;

/** Figures as Vietnamese documents print them: 1.234.567; a blank stays blank. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String format(Long value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }
}
