package vn.congdoan.baocao.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form of Tasklist, Cockpit and Admin ({@code POST …/auth/user/{engine}/login/{app}}, form
 * fields {@code username} and {@code password}), throttled like HTTP Basic: per client address and
 * user, counting the webapps' answer (401 a wrong password, 200 a login). The form is read from the
 * body and handed on as it came, so that the webapps read it as usual.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

    /** A login form is a few dozen bytes. */
    private static final int LARGEST_FORM = 16 * 1024;
    private static final String USER_FIELD = "username";

    private final LoginThrottle throttle;
    private final ObjectMapper json;

    WebappLoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/") || !isForm(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(LARGEST_FORM + 1);
        if (body.length > LARGEST_FORM) {
            ErrorResponses.write(response, json, HttpStatus.PAYLOAD_TOO_LARGE, "Yêu cầu đăng nhập quá lớn.");
            return;
        }
        HttpServletRequest replayed = new ReplayedRequest(request, body);
        Optional<String> userId;
        try {
            userId = field(body, ReplayedRequest.charsetOf(request), USER_FIELD).map(String::strip);
        } catch (IllegalArgumentException malformed) {
            ErrorResponses.write(response, json, HttpStatus.BAD_REQUEST, "Không đọc được tên đăng nhập trong yêu cầu.");
            return;
        }
        if (userId.isEmpty() || userId.get().isEmpty()) {
            chain.doFilter(replayed, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBefore(address, userId.get());
        if (wait.isPresent()) {
            ErrorResponses.tooManyAttempts(response, json, userId.get(), wait.get());
            return;
        }
        chain.doFilter(replayed, response);
        // 403 says nothing of the password: the anti-forgery check, or a user without the application
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(address, userId.get());
        } else if (response.getStatus() == HttpStatus.OK.value()) {
            throttle.succeeded(address, userId.get());
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(request.getContentType()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The first value of the field, as the webapps read it; throws when the form's escapes are broken. */
    private static Optional<String> field(byte[] body, Charset charset, String name) {
        for (String pair : new String(body, charset).split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset));
            }
        }
        return Optional.empty();
    }
}
