package vn.congdoan.baocao.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.RenderedPages;
import vn.congdoan.baocao.support.SignedPdfs;
import vn.congdoan.baocao.support.TestClock;
import vn.congdoan.baocao.support.Zips;

/**
 * The package sent to the national federation: the provincial report as PDF/A-2b with the organisation's
 * PAdES signature over the signer's block, and its appendix; kept as it went out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedPackageTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private long cycle;
    private Map<String, byte[]> beforeSending;
    private Map<String, byte[]> sent;
    private byte[] report;
    private X509Certificate configured;

    @BeforeAll
    void sendAProvincialReport() throws Exception {
        clock.set(TestClock.START);
        ApiClient api = new ApiClient(http);
        cycle = IssuedCycles.awaitingSubmission(api, management);
        beforeSending = Zips.entries(api.getBytes("/api/cycles/" + cycle + "/documents/package.zip", "cspl").getBody());
        IssuedCycles.submit(api, management, cycle);
        sent = Zips.entries(api.getBytes("/api/cycles/" + cycle + "/documents/package.zip", "cspl").getBody());
        report = sent.get("bao-cao-tinh-dot-" + cycle + ".pdf");
        configured = SignedPdfs.certificate(SignedPdfs.TEST_KEYSTORE, "demo-seal");
        Path out = RenderedPages.DIRECTORY.resolve("signed");
        Files.createDirectories(out);
        Files.write(out.resolve("bao-cao-tinh-ky-so.pdf"), report);
    }

    @Test
    void thePackageHoldsTheSignedReportAndItsAppendixAsTheyWentOut() {
        assertThat(sent).containsOnlyKeys("bao-cao-tinh-dot-" + cycle + ".pdf", "tong-hop-so-lieu-dot-" + cycle + ".xlsx");
        assertThat(beforeSending).containsOnlyKeys("bao-cao-tinh-dot-" + cycle + "-xem-truoc.pdf",
                "tong-hop-so-lieu-dot-" + cycle + ".xlsx");
        assertThat(SignedPdfs.validate(beforeSending.get("bao-cao-tinh-dot-" + cycle + "-xem-truoc.pdf"), configured)
                .signatures()).as("a report is signed when it goes, never before").isZero();
        ApiClient api = new ApiClient(http);
        assertThat(api.getBytes("/api/cycles/" + cycle + "/documents/province-report.pdf", "cspl").getBody())
                .as("the report downloaded after the sending is the one that went").isEqualTo(report);
    }

    @Test
    void theReportIsPdfA2bWithItsFontsEmbedded() throws IOException {
        assertThat(SignedPdfs.pdfA2bProblems(report)).isEmpty();
        try (PDDocument document = Loader.loadPDF(report)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Số: 95/BC-LĐLĐ", "Tỉnh: P1.I.1", "PHÓ CHỦ TỊCH", "Trần Kim Long");
        }
    }

    @Test
    void theSignatureIsPadesBaselineBByTheConfiguredCertificateAndTheDocumentUnchanged() {
        SignedPdfs.Validation validation = SignedPdfs.validate(report, configured);
        assertThat(validation.signatures()).isEqualTo(1);
        assertThat(validation.intact()).isTrue();
        assertThat(validation.signingCertificate()).isEqualTo(configured);
        assertThat(validation.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(validation.indication()).as(validation.toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aChangedByteInTheSignedRangeFailsTheValidation() throws IOException {
        assertThat(SignedPdfs.validate(report, configured).indication()).as("the file as signed")
                .isEqualTo(Indication.TOTAL_PASSED);
        int[] range = SignedPdfs.byteRange(report);
        // the first byte, one in each signed part's middle, and the last byte signed
        List<Integer> positions = List.of(0, range[1] / 2, range[2] + range[3] / 2, range[2] + range[3] - 1);
        for (int position : positions) {
            byte[] changed = report.clone();
            changed[position] ^= 0x01;
            boolean passed;
            try {
                SignedPdfs.Validation validation = SignedPdfs.validate(changed, configured);
                passed = validation.intact() && validation.indication() == Indication.TOTAL_PASSED;
            } catch (RuntimeException unreadable) {
                passed = false;
            }
            assertThat(passed).as("byte %d of %d changed", position, report.length).isFalse();
        }
    }

    @Test
    void theVisibleSignatureLiesOverTheLeftOfTheSignersBlockBetweenTitleAndName() throws IOException {
        try (PDDocument document = Loader.loadPDF(report)) {
            PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields().get(0);
            PDRectangle box = field.getWidgets().get(0).getRectangle();
            PDPage page = field.getWidgets().get(0).getPage();
            int pageNumber = document.getPages().indexOf(page) + 1;
            TextLines lines = TextLines.of(document, pageNumber);
            TextLines.Line title = lines.find("PHÓ CHỦ TỊCH");
            TextLines.Line name = lines.find("Trần Kim Long");
            float height = page.getMediaBox().getHeight();
            float top = height - box.getUpperRightY();
            float bottom = height - box.getLowerLeftY();
            assertThat(top).as("under the title").isGreaterThanOrEqualTo(title.bottom());
            assertThat(bottom).as("above the name").isLessThanOrEqualTo(name.top());
            float centre = (name.left() + name.right()) / 2;
            assertThat(box.getUpperRightX()).as("its right edge on the left of the signature")
                    .isLessThan(centre).isGreaterThan(centre - 80);
        }
    }

    @Test
    void onRequestTheIssuedPlanIsSignedAndAUnitsReportIsPdfAUnsigned() throws IOException {
        ApiClient api = new ApiClient(http);
        byte[] plan = api.getBytes("/api/cycles/" + cycle + "/documents/plan.pdf", "hoalu").getBody();
        byte[] unitReport = api.getBytes("/api/cycles/" + cycle + "/reports/hoalu/report.pdf", "hoalu").getBody();
        Files.write(RenderedPages.DIRECTORY.resolve("signed/ke-hoach-ky-so.pdf"), plan);
        assertThat(SignedPdfs.pdfA2bProblems(plan)).isEmpty();
        assertThat(SignedPdfs.pdfA2bProblems(unitReport)).isEmpty();
        SignedPdfs.Validation planSignature = SignedPdfs.validate(plan, configured);
        assertThat(planSignature.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(planSignature.signingCertificate()).isEqualTo(configured);
        assertThat(SignedPdfs.validate(unitReport, configured).signatures())
                .as("a unit signs its report with its own certificate").isZero();
        try (PDDocument document = Loader.loadPDF(unitReport)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ");
        }
    }

}
