package vn.congdoan.baocao.process.tasklist;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.security.ProvinceGroups;

/**
 * The filters of Tasklist, by role. Each lists only the tasks of the user's own groups (claimed or not):
 * a user who reads every task for supervision, as the supervisor does in Cockpit, sees in Tasklist
 * only what they can work on, which for the supervisor is nothing.
 */
final class TasklistFilters {

    static final String UNIT_TASKS = "Việc của đơn vị";
    static final String DUE_SOON = "Sắp đến hạn";
    static final String OVERDUE = "Quá hạn";
    static final String TO_REVIEW = "Chờ tôi duyệt";
    /** Tasks whose due date falls within this many days are "due soon". */
    static final int DUE_SOON_DAYS = 3;

    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final String NOW = "${now()}";
    private static final String DUE_SOON_LIMIT = "${dateTime().plusDays(" + DUE_SOON_DAYS + ").toDate()}";

    /** A filter, its place in Tasklist's list (lower first) and the groups that see it (none: everyone). */
    record RoleFilter(String name, String description, int priority, TaskQuery query, List<String> groups) {
    }

    private TasklistFilters() {
    }

    static List<RoleFilter> all(TaskService tasks) {
        return List.of(
                new RoleFilter(UNIT_TASKS, "Các việc của đơn vị (nhóm) bạn, kể cả việc đã có người nhận", -10,
                        ofMyGroups(tasks), List.of()),
                new RoleFilter(DUE_SOON, "Việc của đơn vị bạn đến hạn trong " + DUE_SOON_DAYS + " ngày tới", -9,
                        ofMyGroups(tasks).dueAfterExpression(NOW).dueBeforeExpression(DUE_SOON_LIMIT), List.of()),
                new RoleFilter(OVERDUE, "Việc của đơn vị bạn đã quá hạn", -8,
                        ofMyGroups(tasks).dueBeforeExpression(NOW), List.of()),
                new RoleFilter(TO_REVIEW, "Báo cáo, kế hoạch và quyết định chờ bạn xem xét, duyệt", -7,
                        ofMyGroups(tasks).taskDefinitionKeyIn(ProcessIds.TASK_REVIEW_REPORT,
                                ProcessIds.TASK_APPROVE_PLAN, ProcessIds.TASK_DECIDE_LATE_UNITS,
                                ProcessIds.TASK_APPROVE_PROVINCE_REPORT),
                        List.of(ProvinceGroups.POLICY_DEPT, ProvinceGroups.LEADERSHIP)));
    }

    private static TaskQuery ofMyGroups(TaskService tasks) {
        return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
    }
}
