package vn.congdoan.baocao.spreadsheet;

/** Where the table files are served, for the API's mappings and for the links in the task forms. */
public final class TableLinks {

    public static final String UNIT_TABLE = "/api/cycles/{cycle}/reports/{unit}/table.xlsx";
    public static final String AGGREGATE = "/api/cycles/{cycle}/aggregate.xlsx";

    /** The province workbook's file name, as downloaded and as mailed. */
    public static String aggregateFile(long cycle) {
        return "tong-hop-so-lieu-dot-" + cycle + ".xlsx";
    }
    /** The page where a unit picks the filled file to upload (static/bang-so-lieu.html). */
    public static final String UPLOAD_PAGE = "/bang-so-lieu.html?cycle={cycle}&unit={unit}";

    private TableLinks() {
    }

    public static String unitTable(long cycle, String unit) {
        return fill(UNIT_TABLE, cycle, unit);
    }

    public static String uploadPage(long cycle, String unit) {
        return fill(UPLOAD_PAGE, cycle, unit);
    }

    public static String aggregate(long cycle) {
        return fill(AGGREGATE, cycle, "");
    }

    private static String fill(String pattern, long cycle, String unit) {
        return pattern.replace("{cycle}", String.valueOf(cycle)).replace("{unit}", unit);
    }
}
