package vn.congdoan.baocao.process.engine;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.UserDirectory;

/** Logins checked against the engine's identity service and the Camunda webapps' session. */
@Component
class CamundaUserDirectory implements UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(CamundaUserDirectory.class);

    private final ProcessEngine engine;
    private final IdentityService identity;

    CamundaUserDirectory(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    @Override
    public Optional<AuthenticatedUser> checkPassword(String userId, String password) {
        try {
            if (!identity.checkPassword(userId, password)) {
                return Optional.empty();
            }
        } catch (ProcessEngineException e) {
            log.debug("Login of {} refused: {}", userId, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(userId,
                identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList()));
    }

    @Override
    public Optional<AuthenticatedUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName());
        return authentication instanceof UserAuthentication user
                ? Optional.of(new AuthenticatedUser(user.getName(), user.getGroupIds()))
                : Optional.empty();
    }

    @Override
    public Optional<String> sessionCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME));
    }

    @Override
    public void runAs(AuthenticatedUser user, AuthenticatedWork work) throws Exception {
        identity.setAuthentication(user.id(), user.groups());
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
