package vn.congdoan.baocao.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the engine's {@code POST …/identity/verify} (in {@code /engine-rest} and in the webapps' copy
 * of that API), which tells whether any user's password is right: it would let a logged-in user guess
 * other users' passwords past the login throttle. Nothing in the application or the webapps uses it.
 */
class PasswordVerificationRefusalFilter extends OncePerRequestFilter {

    static final String VERIFY = "/identity/verify";

    private final ObjectMapper json;

    PasswordVerificationRefusalFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !path.replaceAll("/+$", "").endsWith(VERIFY);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorResponses.write(response, json, HttpStatus.FORBIDDEN,
                "Ứng dụng không cho thử mật khẩu của người dùng qua API; hãy đăng nhập bằng chính tài khoản đó.");
    }
}
