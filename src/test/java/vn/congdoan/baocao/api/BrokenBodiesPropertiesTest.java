package vn.congdoan.baocao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.TestContextManager;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.ErrorAnswers;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.RawRequests;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.TestClock;

/**
 * Broken bodies thrown at every JSON endpoint of /api, each as the user who may call it: never a 5xx,
 * always a JSON body with a Vietnamese message, and the saved report, the cycles and the plan unchanged.
 */
class BrokenBodiesPropertiesTest extends EmbeddedAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RawRequests raw;
    private static ApiClient api;
    /** Collecting reports; hoalu has a draft saved. */
    private static long cycle;
    /** Its plan waits for approval. */
    private static long planCycle;
    private static JsonNode savedReport;
    private static int cycles;
    private static String units;

    /** Every JSON endpoint, with a body it takes and the user it is for. */
    enum Endpoint {
        START_CYCLE("POST", "/api/cycles", "cspl", "{\"units\":[\"hoalu\"],\"planNumber\":\"24/KH-LĐLĐ\","
                + "\"reminders\":{\"before\":[\"P5D\"],\"overdueEvery\":\"P2D\"},\"signer\":{\"name\":\"Trần Văn An\"}}"),
        PLAN_REVISION("PUT", "/api/cycles/{plan}/plan", "cspl", "{\"planNumber\":\"26/KH-LĐLĐ\",\"units\":[\"hoalu\"]}"),
        PLAN_REVIEW("POST", "/api/cycles/{plan}/plan/review", "thuongtruc",
                "{\"decision\":\"RETURN\",\"comment\":\"Sửa mục II.\"}"),
        REPORT_DRAFT("PUT", "/api/cycles/{cycle}/reports/{unit}/draft", "hoalu", "{\"values\":{\"I01\":{\"2016\":3,"
                + "\"2017\":4}},\"sections\":{\"P1.I.1\":\"Thuận lợi.\"},\"explanations\":{\"V05\":\"Giải trình.\"}}"),
        REPORT_SUBMIT("POST", "/api/cycles/{cycle}/reports/{unit}/submit", "hoalu", REPORT_DRAFT.body),
        REPORT_REVIEW("POST", "/api/cycles/{cycle}/reports/{unit}/review", "cspl",
                "{\"decision\":\"RETURN\",\"comment\":\"Kiểm tra I05.\"}"),
        LATE_UNITS("POST", "/api/cycles/{cycle}/late-units/decision", "thuongtruc",
                "{\"decision\":\"EXTEND\",\"until\":\"2020-09-30\"}"),
        PROVINCE_DRAFT("PUT", "/api/cycles/{cycle}/province-report/draft", "cspl",
                "{\"sections\":{\"P1.I.1\":\"Tỉnh: thuận lợi.\"}}"),
        PROVINCE_SUBMIT("POST", "/api/cycles/{cycle}/province-report/submit", "cspl", PROVINCE_DRAFT.body),
        PROVINCE_REVIEW("POST", "/api/cycles/{cycle}/province-report/review", "thuongtruc", "{\"decision\":\"ACCEPT\"}"),
        SUBMISSION("POST", "/api/cycles/{cycle}/submission", "cspl", "{\"documentNumber\":\"95/BC-LĐLĐ\","
                + "\"date\":\"2020-09-14\",\"sender\":\"Nguyễn Văn A\",\"recipientAddress\":\"tld@example.org\"}"),
        NATIONAL_CYCLE("PUT", "/api/cycles/{cycle}/national-delivery", "cspl", "{\"nationalCycleId\":\"12\"}"),
        UNIT_CREATE("POST", "/api/units", "quantri", "{\"code\":\"phuong-thu\",\"name\":\"Công đoàn phường Thử\","
                + "\"kind\":\"COMMUNE\",\"parent\":\"ldld-ninhbinh\",\"validFrom\":\"2025-07-01\"}"),
        UNIT_EDIT("PUT", "/api/units/{code}", "quantri", "{\"name\":\"Liên đoàn Lao động huyện Kim Sơn (sửa)\","
                + "\"email\":\"ks@example.org\"}"),
        UNIT_END("POST", "/api/units/{code}/end", "quantri", "{\"validTo\":\"2025-06-29\",\"successor\":\"cdn-yte\"}"),
        REORGANISATION("POST", "/api/units/reorganisations", "quantri", "{\"units\":[\"kimson\"],\"validTo\":\"2025-06-29\","
                + "\"successor\":{\"code\":\"phuong-thu\",\"name\":\"Công đoàn phường Thử\",\"kind\":\"COMMUNE\"}}"),
        // for a unit that does not exist: a body that happens to read well makes no client either
        MACHINE_CLIENT("POST", "/api/machine-clients", "quantri", "{\"id\":\"tinh-thu\",\"unit\":\"khong-co\"}"),
        // as a person, who may not deliver: a body that happens to read well is refused too
        DELIVERY("PUT", "/api/cycles/{cycle}/deliveries/{delivery}", "hoalu", "{\"documentNumber\":\"95/BC\","
                + REPORT_DRAFT.body.substring(1));

        final String method;
        final String pattern;
        final String user;
        final String body;

        Endpoint(String method, String pattern, String user, String body) {
            this.method = method;
            this.pattern = pattern;
            this.user = user;
            this.body = body;
        }

        String path() {
            return pattern.replace("{plan}", String.valueOf(planCycle)).replace("{cycle}", String.valueOf(cycle))
                    .replace("{unit}", "hoalu").replace("{code}", "kimson").replace("{delivery}", "1");
        }

        /** As the handler mappings write it. */
        String route() {
            return method + " " + pattern.replace("{plan}", "{cycle}");
        }
    }

    /** Ways to break a body that leave nothing an endpoint could accept. */
    enum Breakage {
        TRUNCATED, BAD_TOKEN, WRONG_TYPE, INVALID_UTF8, DEEP_NESTING, WRONG_MEDIA_TYPE, EMPTY, RANDOM_BYTES
    }

    record BrokenRequest(Endpoint endpoint, Breakage breakage, String contentType, byte[] body) {
        @Override
        public String toString() {
            String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return endpoint + " " + breakage + " (" + contentType + ", " + body.length + " bytes): " + shown;
        }
    }

    @BeforeContainer
    static void theApplication() throws Exception {
        // the context the other tests of the embedded app share (jqwik does not run Spring's extension)
        ApplicationContext context = new TestContextManager(BrokenBodiesPropertiesTest.class).getTestContext()
                .getApplicationContext();
        context.getBean(TestClock.class).set(TestClock.START);
        TestRestTemplate http = context.getBean(TestRestTemplate.class);
        raw = new RawRequests(http.getRootUri());
        api = new ApiClient(http);
        cycle = IssuedCycles.issue(api, context.getBean(ManagementService.class), List.of("hoalu"));
        planCycle = IssuedCycles.plan(api, List.of("hoalu"));
        assertThat(api.put("/api/cycles/" + cycle + "/reports/hoalu/draft", "hoalu", ReportBodies.body(
                Map.of("I01", Map.of("2016", 5)), Map.of("P1.I.1", "Đã lưu."))).getStatusCode().value()).isEqualTo(200);
        savedReport = report();
        cycles = cycleCount();
        units = api.get("/api/units", "quantri", "demo").getBody();
    }

    @Example
    void theTableHoldsEveryJsonEndpointOfTheApi() throws Exception {
        RequestMappingHandlerMapping mappings = new TestContextManager(BrokenBodiesPropertiesTest.class).getTestContext()
                .getApplicationContext().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> withBody = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean json = Arrays.stream(method.getMethodParameters()).anyMatch(this::isJsonBody);
            if (json) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api")).forEach(p -> withBody.add(m.name() + " " + p)));
            }
        });
        assertThat(withBody).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Endpoint.values()).map(Endpoint::route).collect(Collectors.toSet()));
    }

    private boolean isJsonBody(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestBody.class);
    }

    @Property(tries = 300)
    void aBrokenBodyIsRefusedWithAMessageAndChangesNothing(@ForAll("brokenRequests") BrokenRequest request)
            throws Exception {
        RawRequests.Answer answer = raw.send(request.endpoint().method, request.endpoint().path(),
                request.endpoint().user, request.contentType(), request.body());

        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        ErrorAnswers.message(answer, answer.status());
        assertThat(report()).as("the saved report").isEqualTo(savedReport);
        assertThat(cycleCount()).as("no cycle started").isEqualTo(cycles);
        assertThat(api.get("/api/units", "quantri", "demo").getBody()).as("the units").isEqualTo(units);
        assertThat(JSON.readTree(api.get("/api/cycles/" + planCycle, "cspl", "demo").getBody()).path("stage").asText())
                .isEqualTo("PLAN_APPROVAL");
    }

    @Provide
    Arbitrary<BrokenRequest> brokenRequests() {
        return Combinators.combine(Arbitraries.of(Endpoint.class), Arbitraries.of(Breakage.class), Arbitraries.longs())
                .as((endpoint, breakage, seed) -> broken(endpoint, breakage, new Random(seed)));
    }

    private static BrokenRequest broken(Endpoint endpoint, Breakage breakage, Random random) {
        String json = "application/json";
        byte[] body = endpoint.body.getBytes(StandardCharsets.UTF_8);
        return switch (breakage) {
            case TRUNCATED -> new BrokenRequest(endpoint, breakage, json,
                    Arrays.copyOf(body, 1 + random.nextInt(body.length - 1)));
            case BAD_TOKEN -> new BrokenRequest(endpoint, breakage, json, replaced(endpoint, random, pick(random,
                    List.of("NaN", "Infinity", "-Infinity", "undefined", "'x'", "01", "1.", ".5", "+1", "TRUE", "nul",
                            "\"a\"\"b\"", "1".repeat(2000)))));
            case WRONG_TYPE -> new BrokenRequest(endpoint, breakage, json, wrongType(endpoint, random));
            case INVALID_UTF8 -> new BrokenRequest(endpoint, breakage, json, invalidUtf8(endpoint, random));
            case DEEP_NESTING -> {
                int depth = 1001 + random.nextInt(4000);
                yield new BrokenRequest(endpoint, breakage, json,
                        replaced(endpoint, random, "[".repeat(depth) + "]".repeat(depth)));
            }
            case WRONG_MEDIA_TYPE -> new BrokenRequest(endpoint, breakage, pick(random, List.of("text/plain",
                    "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                    "application/octet-stream")), body);
            case EMPTY -> new BrokenRequest(endpoint, breakage, json, new byte[0]);
            case RANDOM_BYTES -> {
                byte[] bytes = new byte[2 + random.nextInt(300)];
                random.nextBytes(bytes);
                // opened as an object, so the reader gets past the first bytes, and never closed
                bytes[0] = (byte) '{';
                bytes[1] = (byte) '"';
                for (int i = 2; i < bytes.length; i++) {
                    bytes[i] = bytes[i] == '}' ? (byte) ']' : bytes[i];
                }
                yield new BrokenRequest(endpoint, breakage, json, bytes);
            }
        };
    }

    /** The body with one value, key or container written as {@code text}, which no JSON reader takes there. */
    private static byte[] replaced(Endpoint endpoint, Random random, String text) {
        JsonNode tree = tree(endpoint.body);
        List<Position> positions = positions(tree);
        Position chosen = positions.get(random.nextInt(positions.size()));
        String marker = "MARK" + random.nextInt(1000);
        JsonNode changed = chosen.replace(tree, JsonNodeFactory.instance.textNode(marker));
        return write(changed).replace("\"" + marker + "\"", text).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A value of a type its place never takes, nor coerces: a text becomes an array or object (a number would
     * be read as its digits), a container becomes something else, a figure becomes what is no number.
     */
    private static byte[] wrongType(Endpoint endpoint, Random random) {
        JsonNode tree = tree(endpoint.body);
        List<Position> positions = positions(tree);
        Position chosen = positions.get(random.nextInt(positions.size()));
        JsonNode original = chosen.node();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> options = new ArrayList<>();
        if (original.isTextual()) {
            options.add(nodes.arrayNode().add(original));
            options.add(nodes.objectNode().set("value", original));
        } else if (original.isNumber()) {
            options.add(nodes.booleanNode(true));
            options.add(nodes.textNode("ba"));
            options.add(nodes.arrayNode().add(original));
            options.add(nodes.objectNode().set("value", original));
        } else if (original.isObject()) {
            options.add(nodes.arrayNode().add(original));
            options.add(nodes.textNode("x"));
            options.add(nodes.numberNode(7));
            options.add(nodes.booleanNode(false));
        } else {
            options.add(nodes.objectNode().set("value", original));
            options.add(nodes.textNode("x"));
            options.add(nodes.numberNode(7));
        }
        return write(chosen.replace(tree, options.get(random.nextInt(options.size()))))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A byte sequence UTF-8 does not have, inside one of the body's texts. */
    private static byte[] invalidUtf8(Endpoint endpoint, Random random) {
        byte[][] invalid = {{(byte) 0xff}, {(byte) 0xc3, (byte) 0x28}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0x80},
                {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}};
        JsonNode tree = tree(endpoint.body);
        List<Position> texts = positions(tree).stream().filter(p -> p.node().isTextual()).toList();
        Position chosen = texts.get(random.nextInt(texts.size()));
        String marker = "MARK" + random.nextInt(1000);
        String written = write(chosen.replace(tree, JsonNodeFactory.instance.textNode("ab" + marker + "cd")));
        int at = written.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(written.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(invalid[random.nextInt(invalid.length)]);
        out.writeBytes(written.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A node of the body and how to put another in its place (the root included). */
    private record Position(ContainerNode<?> parent, String field, int index, JsonNode node) {
        JsonNode replace(JsonNode root, JsonNode replacement) {
            if (parent == null) {
                return replacement;
            }
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
            return root;
        }
    }

    private static List<Position> positions(JsonNode root) {
        List<Position> positions = new ArrayList<>();
        positions.add(new Position(null, null, -1, root));
        collect(root, positions);
        return positions;
    }

    private static void collect(JsonNode node, List<Position> positions) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                positions.add(new Position(object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), positions);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                positions.add(new Position(array, null, i, array.get(i)));
                collect(array.get(i), positions);
            }
        }
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode report() throws JsonProcessingException {
        return JSON.readTree(api.get("/api/cycles/" + cycle + "/reports/hoalu", "hoalu", "demo").getBody());
    }

    private static int cycleCount() throws JsonProcessingException {
        return JSON.readTree(api.get("/api/cycles", "cspl", "demo").getBody()).size();
    }
}
