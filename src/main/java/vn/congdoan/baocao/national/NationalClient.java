package vn.congdoan.baocao.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.delivery.Deliveries;
import vn.congdoan.baocao.delivery.DeliveryBody;
import vn.congdoan.baocao.system.NationalProperties;

/**
 * The national instance's delivery routes, called with the province's machine account. An answer that cannot
 * be had (the national instance down, a timeout) is an exception: the job that asked is retried.
 */
@Component
class NationalClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final NationalProperties national;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    NationalClient(NationalProperties national, ObjectMapper json) {
        this.national = national;
        this.json = json;
    }

    /** @param body the answer's JSON, or a missing node when it had none that parses */
    record Answer(int status, JsonNode body) {
    }

    Answer put(long nationalCycle, String deliveryId, DeliveryBody body) {
        try {
            return send(request(nationalCycle, deliveryId).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException("The report cannot be written as JSON", e);
        }
    }

    Answer get(long nationalCycle, String deliveryId) {
        return send(request(nationalCycle, deliveryId).GET().build());
    }

    private HttpRequest.Builder request(long nationalCycle, String deliveryId) {
        if (!national.configured()) {
            throw new IllegalStateException("app.national.url, client-id and secret are not all set: the report cannot"
                    + " be delivered to national cycle " + nationalCycle);
        }
        String path = Deliveries.PATH.replace("{cycle}", Long.toString(nationalCycle)).replace("{delivery}", deliveryId);
        String credentials = Base64.getEncoder().encodeToString((national.clientId() + ":" + national.secret())
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(national.url().replaceAll("/+$", "") + path)).timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body;
            try {
                body = json.readTree(response.body());
            } catch (IOException notJson) {
                body = null;
            }
            return new Answer(response.statusCode(), body == null ? json.missingNode() : body);
        } catch (IOException e) {
            throw new NationalUnreachableException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalUnreachableException(request.method() + " " + request.uri() + " interrupted", e);
        }
    }
}
