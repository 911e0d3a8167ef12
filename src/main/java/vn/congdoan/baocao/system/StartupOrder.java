package vn.congdoan.baocao.system;

/** The order in which start-up loaders run: templates, then units, then the identities that refer to units. */
public final class StartupOrder {

    public static final int TEMPLATES = 10;
    public static final int UNITS = 20;
    public static final int IDENTITIES = 30;
    public static final int DEMO_USERS = 32;
    public static final int START_FORM = 35;
    public static final int TASKLIST_FILTERS = 40;
    public static final int DEMO_CYCLE = 50;

    private StartupOrder() {
    }
}
