package vn.congdoan.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Requests as a hostile client sends them: the path exactly as written (%2F, %00 stay encoded), any
 * bytes as the body, any content type. The test's RestTemplate would encode or convert them.
 */
public final class RawRequests {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** @param base the application's root, e.g. http://localhost:8080 */
    public RawRequests(String base) {
        this.base = base;
    }

    /** Sends {@code body} (none when null) as the user (password "demo"), or as nobody when user is null. */
    public Answer send(String method, String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Allow").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer json(String method, String path, String user, String body) {
        return send(method, path, user, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    public record Answer(int status, String contentType, String body, String allow) {
    }
}
