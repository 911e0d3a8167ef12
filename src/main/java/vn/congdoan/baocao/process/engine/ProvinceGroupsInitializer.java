package vn.congdoan.baocao.process.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.StartupOrder;

/**
 * The province's groups and their rights, on every start and in every profile: people are then put in
 * them (Camunda Admin, or the import of people). What exists is kept; a group's name is not changed back.
 */
@Component
@Order(StartupOrder.IDENTITIES)
class ProvinceGroupsInitializer implements ApplicationRunner {

    private final EngineIdentities identities;

    ProvinceGroupsInitializer(EngineIdentities identities) {
        this.identities = identities;
    }

    @Override
    public void run(ApplicationArguments args) {
        identities.groupIfMissing(ProvinceGroups.POLICY_DEPT, "Ban Chính sách pháp luật và Quan hệ lao động",
                EngineIdentities.WORKFLOW);
        identities.grantTasklist(ProvinceGroups.POLICY_DEPT);
        identities.grant(ProvinceGroups.POLICY_DEPT, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        identities.grant(ProvinceGroups.POLICY_DEPT, Resources.PROCESS_DEFINITION, ProcessIds.PROCESS_CAMPAIGN,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);

        identities.groupIfMissing(ProvinceGroups.LEADERSHIP, "Thường trực Liên đoàn Lao động tỉnh", EngineIdentities.WORKFLOW);
        identities.grantTasklist(ProvinceGroups.LEADERSHIP);

        identities.groupIfMissing(ProvinceGroups.SUPERVISOR, "Giám sát tiến độ", EngineIdentities.WORKFLOW);
        identities.grantTasklist(ProvinceGroups.SUPERVISOR);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.APPLICATION, EngineIdentities.APP_COCKPIT, Permissions.ACCESS);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.TASK, ANY, TaskPermissions.READ);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.DEPLOYMENT, ANY, Permissions.READ);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        identities.grant(ProvinceGroups.SUPERVISOR, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        // the units' page sits beside Tasklist; people, groups and memberships are changed in Camunda Admin
        identities.groupIfMissing(ProvinceGroups.ADMINISTRATORS, "Quản trị danh mục đơn vị, người dùng, mẫu báo cáo",
                EngineIdentities.WORKFLOW);
        identities.grantTasklist(ProvinceGroups.ADMINISTRATORS);
        identities.grant(ProvinceGroups.ADMINISTRATORS, Resources.APPLICATION, EngineIdentities.APP_ADMIN, Permissions.ACCESS);
        // reading and creating people; no right over an existing person's password, nor over the groups that
        // hold rights over all (else an administrator could make themselves camunda-admin)
        identities.grant(ProvinceGroups.ADMINISTRATORS, Resources.USER, ANY, Permissions.READ, Permissions.CREATE);
        identities.grant(ProvinceGroups.ADMINISTRATORS, Resources.GROUP, ANY, Permissions.READ);
        for (String group : new String[] {ProvinceGroups.POLICY_DEPT, ProvinceGroups.LEADERSHIP, ProvinceGroups.SUPERVISOR}) {
            identities.grantMembersKept(group);
        }

        identities.groupIfMissing(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
        for (Resources resource : Resources.values()) {
            identities.grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
    }
}
