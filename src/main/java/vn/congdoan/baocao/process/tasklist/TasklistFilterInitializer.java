package vn.congdoan.baocao.process.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.StartupOrder;

/**
 * Tasklist lists tasks only through filters: each role's filters ({@link TasklistFilters}) are created
 * where they do not exist yet, and the one filter of earlier releases, which listed every task a user
 * could read (the supervisor's list held every unit's tasks), is removed.
 */
@Component
@Order(StartupOrder.TASKLIST_FILTERS)
class TasklistFilterInitializer implements ApplicationRunner {

    static final String EARLIER_FILTER = "Việc của tôi";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilterInitializer(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        filters.createFilterQuery().filterName(EARLIER_FILTER).list().stream()
                .filter(earlier -> earlier.getOwner() == null)
                .forEach(earlier -> filters.deleteFilter(earlier.getId()));
        for (TasklistFilters.RoleFilter role : TasklistFilters.all(tasks)) {
            if (filters.createFilterQuery().filterName(role.name()).count() == 0) {
                create(role);
            }
        }
    }

    private void create(TasklistFilters.RoleFilter role) {
        Filter filter = filters.newTaskFilter(role.name())
                .setQuery(role.query())
                .setProperties(Map.of(
                        "description", role.description(),
                        "priority", role.priority(),
                        "refresh", true));
        filters.saveFilter(filter);
        if (role.groups().isEmpty()) {
            Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            everyone.setUserId(ANY);
            grantRead(everyone, filter);
        }
        for (String group : role.groups()) {
            Authorization members = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            members.setGroupId(group);
            grantRead(members, filter);
        }
    }

    private void grantRead(Authorization authorization, Filter filter) {
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
    }
}
