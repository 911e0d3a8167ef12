package vn.congdoan.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.TestClock;
import vn.congdoan.baocao.support.WebappSession;

/**
 * Wrong passwords are throttled per source address and user: a stranger who keeps failing from one
 * address never keeps the real user out from another, on every door that checks a password. The test
 * application trusts X-Forwarded-For from the loopback address, as it would from a reverse proxy.
 */
class LoginThrottlingTest extends EmbeddedAppTest {

    /** More failures than the engine's own default lock allows (10) before it locks a user for good. */
    private static final int STRANGER_ATTEMPTS = 12;

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aStrangerFailingFromOneAddressDoesNotKeepTheUserOutOfTheApiOrTheEngineRest() {
        for (String path : List.of("/api/units", "/engine-rest/task")) {
            for (int i = 0; i < STRANGER_ATTEMPTS; i++) {
                assertThat(basic(path, "thuongtruc", "doan-sai-" + i, "203.0.113.7").getStatusCode()).as(path)
                        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
            }
            // the same instant, from the user's own address: no refusal and no wait
            assertThat(basic(path, "thuongtruc", "demo", "198.51.100.20").getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.OK);
            // the stranger's address stays held up, even when it brings the right password
            assertThat(basic(path, "thuongtruc", "demo", "203.0.113.7").getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    @Test
    void aStrangerFailingFromOneAddressDoesNotKeepTheUserOutOfTasklist() {
        for (int i = 0; i < STRANGER_ATTEMPTS; i++) {
            assertThat(webappLogin("cspl", "doan-sai-" + i, "203.0.113.8").getStatusCode())
                    .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
        }
        assertThat(webappLogin("cspl", "demo", "198.51.100.21").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(basic("/api/units", "cspl", "demo", "198.51.100.21").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("cspl", "demo", "203.0.113.8").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void wrongPasswordsFromOneAddressForOneUserAreThrottledWithAGrowingDelay() throws Exception {
        for (String path : List.of("/api/units", "/engine-rest/task")) {
            String address = path.startsWith("/api") ? "192.0.2.10" : "192.0.2.11";
            clock.set(TestClock.START);
            for (int i = 0; i < 5; i++) {
                assertThat(basic(path, "giamsat", "sai", address).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            // after the fifth failure the next attempt waits a second, whatever password it brings
            ResponseEntity<String> throttled = basic(path, "giamsat", "demo", address);
            assertThrottled(throttled, 1, "giamsat");
            // another user from the same address, and the same user from another address, are not held up
            assertThat(basic(path, "hoalu", "demo", address).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(basic(path, "giamsat", "demo", "192.0.2.99").getStatusCode()).as(path).isEqualTo(HttpStatus.OK);

            clock.set(TestClock.START.plusSeconds(1));
            assertThat(basic(path, "giamsat", "sai", address).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThrottled(basic(path, "giamsat", "demo", address), 2, "giamsat");
            clock.set(TestClock.START.plusSeconds(2));
            assertThrottled(basic(path, "giamsat", "demo", address), 1, "giamsat");

            clock.set(TestClock.START.plusSeconds(3));
            assertThat(basic(path, "giamsat", "demo", address).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            // a right password clears the count
            assertThat(basic(path, "giamsat", "sai", address).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void theDelayGrowsToAQuarterOfAnHourAndIsForgottenADayLater() {
        String address = "192.0.2.30";
        for (int i = 0; i < 40; i++) {
            // each attempt after the previous one's wait, so that every one counts
            clock.set(TestClock.START.plusSeconds(i * 1000L));
            basic("/api/units", "yenmo", "sai", address);
        }
        ResponseEntity<String> capped = basic("/api/units", "yenmo", "demo", address);
        assertThat(capped.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(capped.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isEqualTo(15 * 60);

        clock.set(TestClock.START.plusSeconds(39 * 1000L).plus(Duration.ofDays(1)).plusSeconds(1));
        for (int i = 0; i < 5; i++) {
            assertThat(basic("/api/units", "yenmo", "sai", address).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void tasklistLoginIsThrottledTheSameWay() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(webappLogin("kimson", "sai", "192.0.2.20").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThrottled(webappLogin("kimson", "demo", "192.0.2.20"), 1, "kimson");
        clock.set(TestClock.START.plusSeconds(1));
        assertThat(webappLogin("kimson", "demo", "192.0.2.20").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void nobodyCanTryOtherUsersPasswordsThroughTheEnginesVerifyEndpoint() throws Exception {
        // the administrator may read every user, so the engine would answer whether the password is right
        Map<String, String> guess = Map.of("username", "cspl", "password", "doan-sai");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String path : List.of("/engine-rest/identity/verify", "/engine-rest/identity/verify/")) {
            ResponseEntity<String> engineRest = http.exchange(path, HttpMethod.POST, new HttpEntity<>(guess, headers),
                    String.class);
            assertThat(engineRest.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(json.readTree(engineRest.getBody()).path("message").asText()).as(path).isEqualTo(
                    "Ứng dụng không cho thử mật khẩu của người dùng qua API; hãy đăng nhập bằng chính tài khoản đó.");
        }

        WebappSession session = WebappSession.login(http, "admin", "demo");
        ResponseEntity<String> webapps = http.exchange("/camunda/api/engine/engine/default/identity/verify",
                HttpMethod.POST, session.json(guess), String.class);
        assertThat(webapps.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(webapps.getBody()).path("message").asText()).startsWith("Ứng dụng không cho thử mật khẩu");
    }

    private void assertThrottled(ResponseEntity<String> response, long retryAfterSeconds, String user) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(String.valueOf(retryAfterSeconds));
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("status").asInt()).isEqualTo(429);
        assertThat(body.path("message").asText()).isEqualTo("Đã nhập sai mật khẩu của «" + user
                + "» nhiều lần liền từ địa chỉ này: hãy thử lại sau " + retryAfterSeconds + " giây.");
    }

    private ResponseEntity<String> basic(String path, String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.add("X-Forwarded-For", address);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> webappLogin(String user, String password, String address) {
        HttpHeaders from = new HttpHeaders();
        from.add("X-Forwarded-For", address);
        return WebappSession.attempt(http, user, password, from);
    }
}
