package vn.congdoan.baocao.process.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.StartupOrder;

/**
 * In production (app.security.refuse-demo-passwords, set by the postgres profile) the application does not
 * start while anyone's password is the demo one: a database that once ran the demo, or a first administrator
 * given "demo", would otherwise be open to whoever read the README. The engine here keeps no count of wrong
 * passwords ({@link IdentityProviderWithoutLock}), so trying it locks nobody out.
 */
@Component
@Order(StartupOrder.IDENTITIES - 1)
@ConditionalOnProperty("app.security.refuse-demo-passwords")
class DemoPasswordGuard implements ApplicationRunner {

    private final IdentityService identity;

    DemoPasswordGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> open = EngineUser.asEngine(identity, () -> identity.createUserQuery().list().stream()
                .map(User::getId)
                .filter(id -> identity.checkPassword(id, DemoIdentityInitializer.DEMO_PASSWORD))
                .toList());
        if (!open.isEmpty()) {
            throw new IllegalStateException("Refusing to start: the password of " + String.join(", ", open)
                    + " is the demo password. Start once with APP_SECURITY_REFUSE_DEMO_PASSWORDS=false where nobody"
                    + " else reaches the application, change these passwords in Camunda Admin (or remove these users),"
                    + " then start again.");
        }
    }
}
