package vn.congdoan.baocao.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.UserDirectory;

/**
 * Who is calling, and for a page opened from Tasklist the anti-forgery token of its session (the
 * webapps keep their token cookie to their own path). Another site cannot read this answer.
 */
@RestController
class SessionController {

    private final UserDirectory directory;

    SessionController(UserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/session")
    SessionView session(HttpServletRequest request) {
        AuthenticatedUser user = ApiUser.current();
        return new SessionView(user.id(), user.groups().stream().sorted().toList(),
                directory.sessionCsrfToken(request).orElse(null));
    }

    record SessionView(String user, List<String> groups, String csrfToken) {
    }
}
