package vn.congdoan.baocao.report;

/** The page that shows a cycle's progress to the province's people (static/tien-do.html). */
public final class ProgressPage {

    public static final String PATH = "/tien-do.html";

    private ProgressPage() {
    }

    public static String of(long cycleId) {
        return PATH + "?dot=" + cycleId;
    }
}
