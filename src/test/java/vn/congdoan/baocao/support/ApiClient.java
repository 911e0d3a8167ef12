package vn.congdoan.baocao.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application over HTTP as a given user (or as nobody). */
public final class ApiClient {

    private final TestRestTemplate http;

    public ApiClient(TestRestTemplate http) {
        this.http = http;
    }

    public ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, String.class);
    }

    public ResponseEntity<String> get(String path, String user, String password) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(login(user, password)), String.class);
    }

    /** A file as the user downloads it, password "demo". */
    public ResponseEntity<byte[]> getBytes(String path, String user) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(login(user, "demo")), byte[].class);
    }

    /** POSTs a JSON body (or none when null) as the user, password "demo". */
    public ResponseEntity<String> post(String path, String user, Object body) {
        HttpHeaders headers = login(user, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** PUTs a JSON body as the user, password "demo". */
    public ResponseEntity<String> put(String path, String user, Object body) {
        HttpHeaders headers = login(user, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    /** PUTs a JSON body with those credentials (a machine client's id and secret). */
    public ResponseEntity<String> put(String path, String user, String password, Object body) {
        HttpHeaders headers = login(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    /** DELETEs as the user, password "demo". */
    public ResponseEntity<String> delete(String path, String user) {
        return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(login(user, "demo")), String.class);
    }

    private static HttpHeaders login(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }
}
