package vn.congdoan.baocao.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import eu.europa.esig.dss.spi.client.http.DataLoader;

/**
 * Asks an RFC 3161 time-stamp authority over HTTP with the JDK's client, so that no second HTTP client
 * library comes on the class path (Spring would pick it for every client of the application).
 */
class TimeStampClient implements DataLoader {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String QUERY = "application/timestamp-query";

    private transient HttpClient client;

    @Override
    public byte[] get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        RuntimeException last = null;
        for (String url : urls) {
            try {
                return new DataAndUrl(url, get(url));
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last == null ? new IllegalArgumentException("No address to ask") : last;
    }

    @Override
    public byte[] post(String url, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", QUERY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    @Override
    public void setContentType(String contentType) {
        // always a time-stamp query
    }

    private byte[] send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The time-stamp authority " + request.uri() + " answered "
                        + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("The time-stamp authority " + request.uri() + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + request.uri(), e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }
}
