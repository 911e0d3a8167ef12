package vn.congdoan.baocao.report;

/** The page that shows a cycle's progress to the province's people (static/tien-do.html). */
public final class ProgressPage {

    public static final String PATH = "/tien-do.html";

    private ProgressPage() {
    }

    public static String of(long cycleId) {
        return PATH + "?dot=" + cycleId;
    }

    /** The link as the forms show it. */
    public static String markdownLink(long cycleId) {
        return "[Xem tiến độ của đợt: từng đơn vị, số lần nhắc, biểu đồ](" + of(cycleId) + ")";
    }
}
