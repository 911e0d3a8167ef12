package vn.congdoan.baocao.security;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The user of the current API request, as the authentication filter established it. */
public final class CurrentUser {

    static final String ATTRIBUTE = CurrentUser.class.getName();

    private CurrentUser() {
    }

    public static Optional<AuthenticatedUser> get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? Optional.empty()
                : Optional.ofNullable((AuthenticatedUser) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
