package vn.congdoan.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.europa.esig.dss.enumerations.Indication;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.H2TestDatabase;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.SignedPdfs;
import vn.congdoan.baocao.support.TestClock;
import vn.congdoan.baocao.support.TestClockConfiguration;

/**
 * With spring.mail set, notifications reach the unit's and the groups' addresses, and the submission
 * step e-mails the national federation; a mail catcher stands in for the SMTP server.
 */
// an engine name of its own: the engine REST API of the shared test context finds its engine by the name "default"
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=mailtest", "app.demo.live-cycle=false",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "app.mail.from=baocao@ninhbinh.example.org",
        "app.mail.group-addresses.cspl=cspl@ninhbinh.example.org"})
@Import(TestClockConfiguration.class)
class MailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry, "mail");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestClock clock;
    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void notificationsAndTheSubmissionAreMailed() throws Exception {
        clock.set(TestClock.START);
        ApiClient api = new ApiClient(http);
        long cycle = body(api.post("/api/cycles", "cspl", CycleRequests.withUnits(List.of("hoalu")))).path("id").asLong();
        String base = "/api/cycles/" + cycle;
        api.post(base + "/plan/submit", "cspl", null);
        api.post(base + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);

        MimeMessage assigned = only(MAIL.getReceivedMessages());
        assertThat(assigned.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("hoalu@ninhbinh.example.org");
        assertThat(assigned.getFrom()[0].toString()).isEqualTo("baocao@ninhbinh.example.org");
        assertThat(GreenMailUtil.getBody(assigned)).isNotBlank();
        assertThat(assigned.getSubject()).startsWith("[Báo cáo] Đơn vị được giao báo cáo của Liên đoàn Lao động huyện Hoa Lư");
        JsonNode stored = body(api.get(base + "/notifications", "giamsat", "demo")).get(0);
        assertThat(stored.path("mailedTo").asText()).isEqualTo("hoalu@ninhbinh.example.org");

        api.post(base + "/reports/hoalu/submit", "hoalu", ReportBodies.complete());
        api.post(base + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(MailTest::to))
                .containsExactly("hoalu@ninhbinh.example.org", "hoalu@ninhbinh.example.org", "cspl@ninhbinh.example.org");

        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Tỉnh: " + s));
        api.post(base + "/province-report/submit", "cspl", Map.of("sections", sections));
        api.post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        IssuedCycles.submit(api, management, cycle);

        MimeMessage sent = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals("tld@example.org"))
                .findFirst().orElseThrow();
        assertThat(sent.getSubject()).contains("95/BC-LĐLĐ");
        assertThat(GreenMailUtil.getBody(sent)).contains("Nguy");
        // the package: the report with the recorded number and date, signed, and its appendix workbook
        Map<String, byte[]> attached = attachments(sent);
        assertThat(attached).containsOnlyKeys("bao-cao-tinh-dot-" + cycle + ".pdf", "tong-hop-so-lieu-dot-" + cycle + ".xlsx");
        byte[] report = attached.get("bao-cao-tinh-dot-" + cycle + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(report)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Số: 95/BC-LĐLĐ", "Tỉnh: P1.I.1");
        }
        SignedPdfs.Validation signature = SignedPdfs.validate(report,
                SignedPdfs.certificate(SignedPdfs.TEST_KEYSTORE, "demo-seal"));
        assertThat(signature.intact()).isTrue();
        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(api.getBytes(base + "/documents/province-report.pdf", "cspl").getBody())
                .as("the report mailed is the one kept").isEqualTo(report);
        try (XSSFWorkbook appendix = new XSSFWorkbook(new ByteArrayInputStream(attached.get("tong-hop-so-lieu-dot-" + cycle + ".xlsx")))) {
            assertThat(appendix.getSheetName(0)).isEqualTo("Tổng hợp toàn tỉnh");
        }
        assertThat(body(api.get(base + "/submission", "cspl", "demo")).path("mailedAt").isNull()).isFalse();
        assertThat(body(api.get(base + "/progress", "giamsat", "demo")).path("stage").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aNewPersonIsMailedALinkToSetTheirOwnPassword() throws Exception {
        clock.set(TestClock.START);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("quantri", "demo");
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        String csv = "Tên đăng nhập,Họ và tên,Thư điện tử,Đơn vị hoặc vai trò\ndung,Phạm Thị Dung,dung@hoalu.example.org,hoalu\n";
        JsonNode done = body(http.exchange("/api/people/import", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class));

        assertThat(done.path("links").get(0).path("mailedTo").asText()).isEqualTo("dung@hoalu.example.org");
        assertThat(done.path("links").get(0).path("url").isNull()).isTrue();
        MimeMessage mailed = only(MAIL.getReceivedMessages());
        assertThat(to(mailed)).isEqualTo("dung@hoalu.example.org");
        assertThat(mailed.getSubject()).isEqualTo("[Báo cáo] Đặt mật khẩu cho tài khoản dung");
        String text = GreenMailUtil.getBody(mailed).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("mat-khau\\.html#([A-Za-z0-9_-]{43})").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/password-link", HttpMethod.POST, new HttpEntity<>(Map.of("token", link.group(1),
                "password", "Hoa Lư mùa xuân 2026"), json), String.class).getStatusCode().value()).isEqualTo(204);
    }

    private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                files.put(part.getFileName(), part.getInputStream().readAllBytes());
            }
        }
        return files;
    }

    private static MimeMessage only(MimeMessage[] messages) {
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }
}
