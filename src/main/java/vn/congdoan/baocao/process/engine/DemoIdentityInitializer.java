package vn.congdoan.baocao.process.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.StartupOrder;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * Demo users and groups (embedded default only): one user per unit, named by the unit code, in the
 * unit's group; cspl, thuongtruc, giamsat and admin; every password "demo". Whatever exists is kept.
 */
@Component
@Order(StartupOrder.IDENTITIES)
@ConditionalOnProperty("app.demo.enabled")
class DemoIdentityInitializer implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String ADMIN_USER = "admin";
    static final String APP_TASKLIST = "tasklist";
    static final String APP_COCKPIT = "cockpit";

    private static final String WORKFLOW = "WORKFLOW";
    private static final Logger log = LoggerFactory.getLogger(DemoIdentityInitializer.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final UnitDirectory units;

    DemoIdentityInitializer(IdentityService identity, AuthorizationService authorizations, UnitDirectory units) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (UnitDetails unit : units.list(Optional.empty())) {
            if (unit.groupId() != null) {
                group(unit.groupId(), unit.name(), WORKFLOW);
                user(unit.code(), "Cán bộ", unit.name(), unit.email(), unit.groupId());
                grantTasklist(unit.groupId());
            }
        }
        group(ProvinceGroups.POLICY_DEPT, "Ban Chính sách pháp luật và Quan hệ lao động", WORKFLOW);
        user(ProvinceGroups.POLICY_DEPT, "Cán bộ", "Ban CSPL & QHLĐ", null, ProvinceGroups.POLICY_DEPT);
        grantTasklist(ProvinceGroups.POLICY_DEPT);
        grant(ProvinceGroups.POLICY_DEPT, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        grant(ProvinceGroups.POLICY_DEPT, Resources.PROCESS_DEFINITION, ProcessIds.PROCESS_CAMPAIGN,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);

        group(ProvinceGroups.LEADERSHIP, "Thường trực Liên đoàn Lao động tỉnh", WORKFLOW);
        user(ProvinceGroups.LEADERSHIP, "Thường trực", "LĐLĐ tỉnh", null, ProvinceGroups.LEADERSHIP);
        grantTasklist(ProvinceGroups.LEADERSHIP);

        group(ProvinceGroups.SUPERVISOR, "Giám sát tiến độ", WORKFLOW);
        user(ProvinceGroups.SUPERVISOR, "Cán bộ", "Giám sát", null, ProvinceGroups.SUPERVISOR);
        grantTasklist(ProvinceGroups.SUPERVISOR);
        grant(ProvinceGroups.SUPERVISOR, Resources.APPLICATION, APP_COCKPIT, Permissions.ACCESS);
        grant(ProvinceGroups.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
        grant(ProvinceGroups.SUPERVISOR, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(ProvinceGroups.SUPERVISOR, Resources.TASK, ANY, TaskPermissions.READ);
        grant(ProvinceGroups.SUPERVISOR, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(ProvinceGroups.SUPERVISOR, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(ProvinceGroups.SUPERVISOR, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        group(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
        user(ADMIN_USER, "Quản trị", "hệ thống", null, Groups.CAMUNDA_ADMIN);
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void user(String id, String firstName, String lastName, String email, String groupId) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(DEMO_PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, groupId);
        log.info("Created demo user {} in group {}", id, groupId);
    }

    private void grantTasklist(String groupId) {
        grant(groupId, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean granted = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (granted) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
