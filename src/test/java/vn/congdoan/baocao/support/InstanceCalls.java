package vn.congdoan.baocao.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The integration tests' calls to an instance of the application, as its people make them (HTTP Basic, JSON). */
public final class InstanceCalls {

    private InstanceCalls() {
    }

    public static ResponseEntity<String> call(TestRestTemplate instance, String method, String path, String user,
                                              String password, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return instance.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
    }

    public static ResponseEntity<String> ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        return answer;
    }

    /** A person in that group, with that password. */
    public static void person(IdentityService identity, String id, String group, String password) {
        User user = identity.newUser(id);
        user.setFirstName("Cán bộ");
        user.setLastName(id);
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }
}
