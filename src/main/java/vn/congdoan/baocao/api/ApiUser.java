package vn.congdoan.baocao.api;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.CurrentUser;

final class ApiUser {

    private ApiUser() {
    }

    /** The filter lets no request reach a controller without a user. */
    static AuthenticatedUser current() {
        return CurrentUser.get().orElseThrow(() -> new IllegalStateException("API request without a user"));
    }
}
