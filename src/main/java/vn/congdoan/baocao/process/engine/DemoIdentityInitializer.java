package vn.congdoan.baocao.process.engine;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.StartupOrder;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * Demo users (embedded default only): one user per unit, named by the unit code, in the unit's group;
 * one per group of the province, named as the group, and admin; every password "demo". Whatever exists
 * is kept.
 */
@Component
@Order(StartupOrder.DEMO_USERS)
@ConditionalOnProperty("app.demo.enabled")
class DemoIdentityInitializer implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String ADMIN_USER = "admin";
    private static final Logger log = LoggerFactory.getLogger(DemoIdentityInitializer.class);

    private final IdentityService identity;
    private final EngineIdentities identities;
    private final UnitDirectory units;

    DemoIdentityInitializer(IdentityService identity, EngineIdentities identities, UnitDirectory units) {
        this.identity = identity;
        this.identities = identities;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (UnitDetails unit : units.list(Optional.empty())) {
            if (unit.groupId() != null) {
                identities.unitGroup(unit.groupId(), unit.name());
                user(unit.code(), "Cán bộ", unit.name(), unit.email(), unit.groupId());
            }
        }
        user(ProvinceGroups.POLICY_DEPT, "Cán bộ", "Ban CSPL & QHLĐ", null, ProvinceGroups.POLICY_DEPT);
        user(ProvinceGroups.LEADERSHIP, "Thường trực", "LĐLĐ tỉnh", null, ProvinceGroups.LEADERSHIP);
        user(ProvinceGroups.SUPERVISOR, "Cán bộ", "Giám sát", null, ProvinceGroups.SUPERVISOR);
        user(ProvinceGroups.ADMINISTRATORS, "Quản trị", "danh mục", null, ProvinceGroups.ADMINISTRATORS);
        user(ADMIN_USER, "Quản trị", "hệ thống", null, ProvinceGroups.CAMUNDA_ADMIN);
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
}
