package vn.congdoan.baocao.process.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

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
 * Tasklist lists tasks only through filters. Where there is none, one is created that every user may
 * read; it shows each user the tasks their authorizations allow (their groups' tasks).
 */
@Component
@Order(StartupOrder.TASKLIST_FILTERS)
class TasklistFilterInitializer implements ApplicationRunner {

    static final String FILTER_NAME = "Việc của tôi";

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
        if (filters.createFilterQuery().count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(FILTER_NAME)
                .setQuery(tasks.createTaskQuery())
                .setProperties(Map.of(
                        "description", "Các việc của đơn vị và của bạn",
                        "priority", -10,
                        "refresh", true));
        filters.saveFilter(filter);
        Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everyone.setUserId(ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
