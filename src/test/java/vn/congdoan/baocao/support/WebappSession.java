package vn.congdoan.baocao.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A login to the Camunda webapps as a browser makes it: session cookie and anti-forgery token. */
public final class WebappSession {

    private static final String XSRF = "XSRF-TOKEN";

    private final Map<String, String> cookies = new HashMap<>();

    private WebappSession() {
    }

    public static WebappSession login(TestRestTemplate http, String user, String password) {
        WebappSession session = new WebappSession();
        ResponseEntity<String> login = session.attemptLogin(http, user, password, new HttpHeaders());
        if (login.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("webapp login of " + user + " failed: " + login);
        }
        // the login starts a new session; the webapps hand out its token on the next request
        session.keep(http.exchange("/camunda/api/engine/engine/", HttpMethod.GET, session.request(false), String.class));
        return session;
    }

    /** No login yet: a page of the webapps opened, which hands out the anti-forgery token (the first-admin page). */
    public static WebappSession anonymous(TestRestTemplate http) {
        WebappSession session = new WebappSession();
        session.keep(http.exchange("/camunda/app/admin/", HttpMethod.GET, session.request(false), String.class));
        return session;
    }

    /** One login attempt as Tasklist's login page sends it, with the extra headers given; its answer. */
    public static ResponseEntity<String> attempt(TestRestTemplate http, String user, String password, HttpHeaders extra) {
        return new WebappSession().attemptLogin(http, user, password, extra);
    }

    private ResponseEntity<String> attemptLogin(TestRestTemplate http, String user, String password, HttpHeaders extra) {
        HttpHeaders page = headers(false);
        page.addAll(extra);
        keep(http.exchange("/camunda/app/tasklist/", HttpMethod.GET, new HttpEntity<>(page), String.class));
        HttpHeaders headers = headers(true);
        headers.addAll(extra);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
        keep(login);
        return login;
    }

    /** A JSON request with the session and its token, as Tasklist sends it. */
    public HttpEntity<Object> json(Object body) {
        HttpHeaders headers = headers(true);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** A body sent with the session's cookies and the given token (none when null), as a page of the app sends it. */
    public HttpEntity<byte[]> bytes(byte[] body, MediaType type, String token) {
        HttpHeaders headers = headers(false);
        headers.setContentType(type);
        if (token != null) {
            headers.add("X-XSRF-TOKEN", token);
        }
        return new HttpEntity<>(body, headers);
    }

    public HttpEntity<Void> request(boolean withToken) {
        return new HttpEntity<>(headers(withToken));
    }

    private HttpHeaders headers(boolean withToken) {
        HttpHeaders headers = new HttpHeaders();
        if (!cookies.isEmpty()) {
            headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        if (withToken && cookies.containsKey(XSRF)) {
            headers.add("X-XSRF-TOKEN", cookies.get(XSRF));
        }
        return headers;
    }

    private void keep(ResponseEntity<?> response) {
        List<String> setCookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }
}
