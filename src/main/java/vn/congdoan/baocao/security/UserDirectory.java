package vn.congdoan.baocao.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** Where logins are checked: the engine's identity service and the webapps' session. */
public interface UserDirectory {

    /** The header that carries the session's anti-forgery token, as the webapps name it. */
    String CSRF_HEADER = "X-XSRF-TOKEN";

    /** The user if the password is right; callers throttle failed attempts ({@link LoginThrottle}). */
    Optional<AuthenticatedUser> checkPassword(String userId, String password);

    /** The user logged in to the webapps in this request's session, if any. */
    Optional<AuthenticatedUser> sessionUser(HttpServletRequest request);

    /** Whether the request carries the session's anti-forgery token, as the webapps send it. */
    default boolean hasSessionCsrfToken(HttpServletRequest request) {
        String header = request.getHeader(CSRF_HEADER);
        return header != null && sessionCsrfToken(request).filter(header::equals).isPresent();
    }

    /** The anti-forgery token of the request's webapp session, if it has one. */
    Optional<String> sessionCsrfToken(HttpServletRequest request);

    /** Runs the work with the user as the engine's current authentication (authorization checks apply). */
    void runAs(AuthenticatedUser user, AuthenticatedWork work) throws Exception;

    @FunctionalInterface
    interface AuthenticatedWork {
        void run() throws Exception;
    }
}
