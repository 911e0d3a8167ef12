package vn.congdoan.baocao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml as Compose reads it (config needs no engine): the single node and the two-node variant
 * behind the balancer, each node with a healthcheck and a restart policy, every image pinned.
 */
class ComposeFileTest {

    private static final String FILE = "docker/compose.yaml";

    @Test
    void theSingleNodeAndTheTwoNodeVariantAreValidComposeFiles() throws Exception {
        JsonNode two = config("--profile", "two-nodes");
        assertThat(names(two.path("services"))).containsExactlyInAnyOrder("postgres", "mailpit", "app", "app-2", "balancer");
        // a plain "up" starts one node; the profile adds the second and the balancer
        for (String service : List.of("postgres", "mailpit", "app")) {
            assertThat(two.path("services").path(service).has("profiles")).as(service).isFalse();
        }
        for (String service : List.of("app-2", "balancer")) {
            assertThat(two.path("services").path(service).path("profiles").toString()).as(service).isEqualTo("[\"two-nodes\"]");
        }
        for (String node : List.of("app", "app-2")) {
            JsonNode service = two.path("services").path(node);
            assertThat(service.path("healthcheck").path("test").toString()).as(node).contains("/actuator/health/readiness");
            assertThat(service.path("restart").asText()).as(node).isEqualTo("unless-stopped");
            assertThat(service.path("environment").path("DB_URL").asText()).as(node).isEqualTo("jdbc:postgresql://postgres:5432/baocao");
        }
        assertThat(two.path("services").path("balancer").path("depends_on").path("app-2").path("condition").asText())
                .isEqualTo("service_healthy");
        two.path("services").forEach(service -> {
            if (service.has("image")) {
                assertThat(service.path("image").asText()).as("pinned").contains(":").doesNotEndWith(":latest");
            }
        });
        assertThat(Files.readString(Path.of("docker/balancer.conf"))).contains("server app:8080", "server app-2:8080")
                .doesNotContain("ip_hash", "sticky");
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("*", "!target/baocao-*.jar");
    }

    private static JsonNode config(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(compose());
        command.addAll(List.of("-f", FILE));
        command.addAll(List.of(options));
        command.add("config");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return new ObjectMapper(new YAMLFactory()).readTree(output);
    }

    /** docker compose (the plugin) or docker-compose (Debian's package): either reads a file without an engine. */
    private static List<String> compose() throws IOException, InterruptedException {
        String standalone = onPath("docker-compose");
        if (standalone != null) {
            return List.of(standalone);
        }
        String docker = onPath("docker");
        if (docker != null && new ProcessBuilder(docker, "compose", "version").start().waitFor() == 0) {
            return List.of(docker, "compose");
        }
        return fail("docker/compose.yaml is checked with Compose, and neither docker-compose nor the docker compose "
                + "plugin is installed: apt-get install docker-compose (.ci/run does).");
    }

    private static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return null;
    }

    private static List<String> names(JsonNode services) {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
