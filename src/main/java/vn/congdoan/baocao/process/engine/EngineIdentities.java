package vn.congdoan.baocao.process.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.security.ProvinceGroups;

/** Groups and the rights they hold, made once: what exists is kept. */
@Component
class EngineIdentities {

    static final String WORKFLOW = "WORKFLOW";
    static final String APP_TASKLIST = "tasklist";
    static final String APP_COCKPIT = "cockpit";
    static final String APP_ADMIN = "admin";

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    EngineIdentities(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /** Creates the group, or gives an existing one the name. */
    void group(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
            group.setType(type);
        } else if (name.equals(group.getName())) {
            return;
        }
        group.setName(name);
        identity.saveGroup(group);
    }

    void groupIfMissing(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            group(id, name, type);
        }
    }

    /** A unit's group, named as the unit, whose members the province's administrators keep. */
    void unitGroup(String id, String unitName) {
        group(id, unitName, WORKFLOW);
        grantTasklist(id);
        grantMembersKept(id);
    }

    /** The administrators put people in the group and take them out (not in the groups that hold rights over all). */
    void grantMembersKept(String groupId) {
        grant(ProvinceGroups.ADMINISTRATORS, Resources.GROUP_MEMBERSHIP, groupId, Permissions.ALL);
    }

    /** What a group needs to work its tasks in Tasklist. */
    void grantTasklist(String groupId) {
        grant(groupId, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
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
