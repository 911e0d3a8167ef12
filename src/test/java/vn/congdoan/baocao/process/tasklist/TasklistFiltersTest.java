package vn.congdoan.baocao.process.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.security.ProvinceGroups;

/** Each role's Tasklist filters list the tasks of the user's groups only, by due date and by kind. */
class TasklistFiltersTest {

    private static final String UNIT = "hoalu";

    @RegisterExtension
    ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private FilterService filters;
    private TaskService tasks;
    private IdentityService identity;
    private AuthorizationService authorizations;
    private TasklistFilterInitializer initializer;
    private String deploymentId;

    @BeforeEach
    void unitAndProvinceTasks() {
        filters = engine.getFilterService();
        tasks = engine.getTaskService();
        identity = engine.getIdentityService();
        authorizations = engine.getAuthorizationService();
        initializer = new TasklistFilterInitializer(filters, tasks, authorizations);

        Instant now = Instant.now();
        task(UNIT, now.plus(Duration.ofDays(1)), null);
        task(UNIT, now.minus(Duration.ofDays(1)), null);
        task(UNIT, now.plus(Duration.ofDays(20)), null);
        task(UNIT, null, UNIT);

        deploymentId = engine.getRepositoryService().createDeployment().addModelInstance("province.bpmn", Bpmn.createExecutableProcess("province")
                .startEvent()
                .parallelGateway("Fork")
                .userTask(ProcessIds.TASK_REVIEW_REPORT).camundaCandidateGroups(ProvinceGroups.POLICY_DEPT).endEvent()
                .moveToNode("Fork")
                .userTask(ProcessIds.TASK_DRAFT_PROVINCE_REPORT).camundaCandidateGroups(ProvinceGroups.POLICY_DEPT).endEvent()
                .done()).deploy().getId();
        RuntimeService runtime = engine.getRuntimeService();
        runtime.startProcessInstanceByKey("province");
    }

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        tasks.createTaskQuery().list().stream().filter(task -> task.getProcessInstanceId() == null)
                .forEach(task -> tasks.deleteTask(task.getId(), true));
        filters.createFilterQuery().list().forEach(filter -> filters.deleteFilter(filter.getId()));
        authorizations.createAuthorizationQuery().list()
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }

    @Test
    void aUnitSeesItsTasksByDueDate() {
        initializer.run(null);

        assertThat(counts(UNIT, UNIT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TasklistFilters.UNIT_TASKS, 4L, TasklistFilters.DUE_SOON, 1L, TasklistFilters.OVERDUE, 1L,
                TasklistFilters.TO_REVIEW, 0L));
        assertThat(counts("kimson", "kimson")).containsEntry(TasklistFilters.UNIT_TASKS, 0L);
    }

    @Test
    void thePolicyDeptSeesWhatWaitsForItsReview() {
        initializer.run(null);

        assertThat(counts("cspl", ProvinceGroups.POLICY_DEPT))
                .containsEntry(TasklistFilters.UNIT_TASKS, 2L)
                .containsEntry(TasklistFilters.TO_REVIEW, 1L);
    }

    @Test
    void theSupervisorSeesNoTaskItCannotWorkOn() {
        initializer.run(null);

        assertThat(counts("giamsat", ProvinceGroups.SUPERVISOR).values()).containsOnly(0L);
    }

    @Test
    void theReviewFilterIsShownToTheProvinceOnlyAndTheOthersToEveryone() {
        initializer.run(null);

        assertThat(readers(TasklistFilters.TO_REVIEW)).containsExactlyInAnyOrder(
                "group " + ProvinceGroups.POLICY_DEPT, "group " + ProvinceGroups.LEADERSHIP);
        assertThat(readers(TasklistFilters.OVERDUE)).containsExactly("user *");
    }

    @Test
    void theFiltersAreMadeOnceAndTheEarlierFilterThatListedEveryTaskIsRemoved() {
        filters.saveFilter(filters.newTaskFilter(TasklistFilterInitializer.EARLIER_FILTER).setQuery(tasks.createTaskQuery()));
        Filter ownFilter = filters.newTaskFilter(TasklistFilterInitializer.EARLIER_FILTER).setOwner(UNIT)
                .setQuery(tasks.createTaskQuery());
        filters.saveFilter(ownFilter);

        initializer.run(null);
        initializer.run(null);

        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName).containsExactlyInAnyOrder(
                TasklistFilters.UNIT_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE, TasklistFilters.TO_REVIEW,
                TasklistFilterInitializer.EARLIER_FILTER);
        assertThat(filters.getFilter(ownFilter.getId())).as("a user's own filter is kept").isNotNull();
    }

    private void task(String group, Instant due, String assignee) {
        Task task = tasks.newTask();
        task.setName("Lập báo cáo của đơn vị");
        task.setDueDate(due == null ? null : Date.from(due));
        task.setAssignee(assignee);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), group);
    }

    private Map<String, Long> counts(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return Map.of(
                    TasklistFilters.UNIT_TASKS, count(TasklistFilters.UNIT_TASKS),
                    TasklistFilters.DUE_SOON, count(TasklistFilters.DUE_SOON),
                    TasklistFilters.OVERDUE, count(TasklistFilters.OVERDUE),
                    TasklistFilters.TO_REVIEW, count(TasklistFilters.TO_REVIEW));
        } finally {
            identity.clearAuthentication();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    private long count(String name) {
        return filters.count(filters.createFilterQuery().filterName(name).singleResult().getId());
    }

    private List<String> readers(String name) {
        String id = filters.createFilterQuery().filterName(name).singleResult().getId();
        return authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(id).list().stream()
                .map((Authorization a) -> a.getGroupId() != null ? "group " + a.getGroupId() : "user " + a.getUserId())
                .toList();
    }
}
