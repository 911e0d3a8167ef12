package vn.congdoan.baocao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to the API through only with a login: HTTP Basic checked against the engine's
 * users (on the delivery routes, against the machine clients first), or the session of the webapps
 * (Tasklist, Cockpit). A session alone does not authorize a
 * change: the webapps' anti-forgery header must come with it, so that another site cannot act
 * in a logged-in user's name. Wrong passwords are throttled per client address and user.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String REALM = "Basic realm=\"baocao\", charset=\"UTF-8\"";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BASIC = "basic ";

    private final UserDirectory directory;
    private final LoginThrottle throttle;
    private final ObjectMapper json;
    private final MachineClients machines;

    ApiAuthenticationFilter(UserDirectory directory, LoginThrottle throttle, ObjectMapper json, MachineClients machines) {
        this.directory = directory;
        this.throttle = throttle;
        this.json = json;
        this.machines = machines;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<AuthenticatedUser> user;
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            Optional<Credentials> credentials = Credentials.decode(header.substring(BASIC.length()).trim());
            if (credentials.isPresent()) {
                String userId = credentials.get().userId();
                Optional<Duration> wait = throttle.waitBefore(request.getRemoteAddr(), userId);
                if (wait.isPresent()) {
                    ErrorResponses.tooManyAttempts(response, json, userId, wait.get());
                    return;
                }
                user = machines.checks(userId, request.getRequestURI(), request.getServletPath())
                        ? machines.authenticate(userId, credentials.get().password())
                        : directory.checkPassword(userId, credentials.get().password());
                if (user.isPresent()) {
                    throttle.succeeded(request.getRemoteAddr(), userId);
                } else {
                    throttle.failed(request.getRemoteAddr(), userId);
                }
            } else {
                user = Optional.empty();
            }
        } else {
            user = directory.sessionUser(request);
            if (user.isPresent() && !SAFE_METHODS.contains(request.getMethod())
                    && !directory.hasSessionCsrfToken(request)) {
                ErrorResponses.write(response, json, HttpStatus.FORBIDDEN,
                        "Yêu cầu thay đổi dữ liệu bằng phiên đăng nhập phải kèm mã " + UserDirectory.CSRF_HEADER
                                + " của phiên (GET /api/session cho biết mã này).");
                return;
            }
        }
        if (user.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
            ErrorResponses.write(response, json, HttpStatus.UNAUTHORIZED,
                    "Cần đăng nhập: gửi tên người dùng và mật khẩu (HTTP Basic) hoặc đăng nhập Tasklist trước.");
            return;
        }
        request.setAttribute(CurrentUser.ATTRIBUTE, user.get());
        try {
            directory.runAs(user.get(), () -> chain.doFilter(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private record Credentials(String userId, String password) {

        static Optional<Credentials> decode(String encoded) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
    }
}
