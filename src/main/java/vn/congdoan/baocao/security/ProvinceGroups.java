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

    /** Whoever is in one of these reads what concerns every unit. */
    public static final Set<String> ALL = Set.of(POLICY_DEPT, LEADERSHIP, SUPERVISOR, CAMUNDA_ADMIN);

    private ProvinceGroups() {
    }
}
