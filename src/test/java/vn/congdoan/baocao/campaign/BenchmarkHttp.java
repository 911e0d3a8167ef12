package vn.congdoan.baocao.campaign;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The benchmark's HTTP client, the same for the application and the bare engine: JSON, HTTP Basic. */
final class BenchmarkHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    record Answer(int status, String body) {

        boolean ok() {
            return status / 100 == 2;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        /** What went wrong, for counting: the status and, when the body names one, the kind of error. */
        String error() {
            try {
                JsonNode type = JSON.readTree(body).path("type");
                return type.isTextual() ? status + " " + type.asText() : String.valueOf(status);
            } catch (JsonProcessingException e) {
                return String.valueOf(status);
            }
        }

        /** This answer when it is a success, else an exception naming the call. */
        Answer expectOk(String call) {
            if (!ok()) {
                throw new IllegalStateException(call + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    Answer get(String url, String user, String password) {
        return send(request(url, user, password).GET().build());
    }

    /** POSTs the body as JSON (none when null). */
    Answer post(String url, String user, String password, Object body) {
        try {
            HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            return send(request(url, user, password).header("Content-Type", "application/json")
                    .POST(content).build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String user, String password) {
        String login = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + login)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
