package vn.congdoan.baocao.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.UserDirectory;

/**
 * Who is calling, and for a page opened from Tasklist the anti-forgery token of its session (the
 * webapps keep their token cookie to their own path). Another site cannot read this answer.
 */
@Tag(name = "Phiên đăng nhập")
@RestController
class SessionController {

    private final UserDirectory directory;

    SessionController(UserDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "Người dùng hiện tại và các nhóm của họ")
    @GetMapping("/api/session")
    SessionView session(HttpServletRequest request) {
        AuthenticatedUser user = ApiUser.current();
        return new SessionView(user.id(), user.groups().stream().sorted().toList(),
                directory.sessionCsrfToken(request).orElse(null));
    }

    record SessionView(String user, List<String> groups, String csrfToken) {
    }
}
