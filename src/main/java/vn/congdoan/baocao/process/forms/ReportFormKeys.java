package vn.congdoan.baocao.process.forms;

/**
 * The variables and field keys of the report forms, written once. A cell of the table is
 * {@code values.<indicator>.p<period>}: a path into the Json variable {@link #VALUES}; the period
 * entry has a letter first, as form-js makes an array of an object whose next key is a number.
 */
public final class ReportFormKeys {

    /** Json {indicator: {p<period>: figure}}: the unit's figures. */
    public static final String VALUES = "values";
    /** Json {s01: text, …}: the texts by section, in the template's order. */
    public static final String SECTIONS = "sections";
    /** Json {w01: text, …}: the unit's explanations by warning rule, in the template's order. */
    public static final String EXPLANATIONS = "explanations";
    /** Json {s01: text, …}: the accepted units' texts beside the province's. */
    public static final String UNIT_TEXTS = "unitTexts";
    /** Json {@link ReportLayout}. */
    public static final String LAYOUT = "reportLayout";
    /** Json list of rows: the read-only table of the review and provincial forms. */
    public static final String TABLE = "reportTable";
    /** The version of the draft the unit form was opened on, computed when the form is submitted. */
    public static final String DRAFT_VERSION = "draftVersion";

    static final String TABLE_LABEL = "label";
    static final String TABLE_TOTAL = "total";
    /** A row's entry of the read-only table: the earlier cycle's figure. */
    public static final String TABLE_EARLIER = "earlier";

    private ReportFormKeys() {
    }

    public static String periodEntry(String periodCode) {
        return "p" + periodCode;
    }

    public static String cell(String indicatorCode, String periodCode) {
        return row(indicatorCode) + "." + periodEntry(periodCode);
    }

    /** A row of the table: {p<period>: figure}. */
    static String row(String indicatorCode) {
        return VALUES + "." + indicatorCode;
    }

    public static String sectionEntry(int section) {
        return String.format("s%02d", section);
    }

    public static String explanationEntry(int rule) {
        return String.format("w%02d", rule);
    }
}
