package vn.congdoan.baocao.security;

import java.util.Set;

/** The groups of the province's people, as the engine's identities and the process models name them. */
public final class ProvinceGroups {

    /** Ban Chính sách pháp luật và QHLĐ: drafts the plan, reviews the units' reports, drafts the province's. */
    public static final String POLICY_DEPT = "cspl";
    /** Thường trực: approves the plan and the province's report, decides on late units. */
    public static final String LEADERSHIP = "thuongtruc";
    public static final String SUPERVISOR = "giamsat";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Quản trị: keeps the units, their people and the campaign templates. */
    public static final String ADMINISTRATORS = "quantri";

    /** Whoever is in one of these reads what concerns every unit. */
    public static final Set<String> ALL = Set.of(POLICY_DEPT, LEADERSHIP, SUPERVISOR, CAMUNDA_ADMIN);

    /** Whoever is in one of these changes the units and the templates. */
    public static final Set<String> MASTER_DATA_KEEPERS = Set.of(ADMINISTRATORS, CAMUNDA_ADMIN);

    /** Groups of the province: no unit may take one of these ids for its own group. */
    public static final Set<String> RESERVED = Set.of(POLICY_DEPT, LEADERSHIP, SUPERVISOR, CAMUNDA_ADMIN, ADMINISTRATORS);

    private ProvinceGroups() {
    }
}
