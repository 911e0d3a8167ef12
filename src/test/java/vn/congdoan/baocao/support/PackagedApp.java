package vn.congdoan.baocao.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The packaged jar run as another instance beside the test's application, on PostgreSQL with the production
 * profile; its output goes to {@code target/<name>.log}. Started again, it appends to that log.
 */
public final class PackagedApp {

    private final String name;
    private final int port;
    private final List<String> arguments;
    private Process process;
    private boolean startedBefore;

    private PackagedApp(String name, int port, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.arguments = arguments;
    }

    /** Starts the jar on that database and waits until it is ready (4 minutes at most). */
    public static PackagedApp start(String name, String databaseUrl, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD));
        all.addAll(List.of(arguments));
        PackagedApp app = new PackagedApp(name, freePort(), all);
        app.start();
        return app;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public TestRestTemplate rest() {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(url()));
    }

    /** Starts it again, on the same port and database. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-jar", jar().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(startedBefore ? ProcessBuilder.Redirect.appendTo(log().toFile())
                            : ProcessBuilder.Redirect.to(log().toFile())).start();
            startedBefore = true;
            awaitReady();
        } catch (IOException e) {
            throw new IllegalStateException(name + " cannot be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted while starting", e);
        }
    }

    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady() throws InterruptedException {
        TestRestTemplate rest = rest();
        long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped: see " + log());
            }
            try {
                if (rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().is2xxSuccessful()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " did not get ready in 4 minutes: see " + log());
    }

    private Path log() {
        return Path.of("target", name + ".log");
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("baocao-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run ./mvnw verify"));
        } catch (IOException e) {
            throw new IllegalStateException("target/ cannot be read", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
