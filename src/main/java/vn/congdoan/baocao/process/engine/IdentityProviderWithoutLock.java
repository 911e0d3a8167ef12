package vn.congdoan.baocao.process.engine;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's users and groups, with its login lock taken out. The engine locks a user for everyone
 * after a wrong password (3 s, doubling to 60 s; for good after 10 in a row), so anyone who knows a
 * user id could keep that user out. Wrong passwords are throttled by the application instead, per
 * client address and user ({@code security.LoginThrottle}). Public: the engine creates it by reflection.
 */
public class IdentityProviderWithoutLock extends DbIdentityServiceProvider {

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // no lock and no count of failures: see the class comment
    }
}
