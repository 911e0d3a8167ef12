package vn.congdoan.baocao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import vn.congdoan.baocao.support.SignedPdfs;
import vn.congdoan.baocao.system.AppProperties;

/**
 * With a time-stamp authority set, the signature is PAdES baseline T: an RFC 3161 authority answering on
 * this machine stands in for the real one. Without it, baseline B.
 */
class TimeStampedSignatureTest {

    private static final String ORGANISATION = "CN=Liên đoàn Lao động tỉnh Ninh Bình,O=Liên đoàn Lao động tỉnh Ninh Bình,C=VN";
    private static final AppProperties APP = new AppProperties(ZoneId.of("Asia/Ho_Chi_Minh"), null, null, null, null);

    @TempDir
    Path directory;
    private HttpServer authority;
    private final AtomicInteger stamped = new AtomicInteger();

    @AfterEach
    void stopTheAuthority() {
        if (authority != null) {
            authority.stop(0);
        }
    }

    @Test
    void withAnAuthorityTheSignatureCarriesItsTimeStamp() throws Exception {
        TestKeystores.Entry tsa = TestKeystores.timeStampAuthority();
        String url = startAuthority(tsa);
        TestKeystores.Entry organisation = TestKeystores.rsa("seal", 2048, ORGANISATION);
        byte[] signed = signer(organisation, url).sign(blankPdf(), new SignerBlock(null, "CHỦ TỊCH", null));

        assertThat(stamped).hasValue(1);
        SignedPdfs.Validation validation = SignedPdfs.validate(signed, organisation.certificate(), tsa.certificate());
        assertThat(validation.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        assertThat(validation.intact()).isTrue();
        assertThat(validation.indication()).as(validation.toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void withoutOneItIsBaselineB() throws Exception {
        TestKeystores.Entry organisation = TestKeystores.rsa("seal", 2048, ORGANISATION);
        byte[] signed = signer(organisation, null).sign(blankPdf(), new SignerBlock(null, "CHỦ TỊCH", null));
        SignedPdfs.Validation validation = SignedPdfs.validate(signed, organisation.certificate());
        assertThat(validation.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(validation.signerName()).isNotNull();
        assertThat(validation.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    private PdfSigner signer(TestKeystores.Entry organisation, String tsaUrl) throws Exception {
        Path keystore = TestKeystores.write(directory.resolve("seal.p12"), "pw", organisation);
        SigningProperties properties = new SigningProperties(keystore.toString(), "pw", null, tsaUrl, null, null);
        return new PdfSigner(new OrganisationSeal(properties), properties, APP);
    }

    private String startAuthority(TestKeystores.Entry tsa) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.keys().getPrivate(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        authority = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        authority.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(stamped.incrementAndGet()), new Date())
                        .getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        authority.start();
        return "http://127.0.0.1:" + authority.getAddress().getPort() + "/tsa";
    }

    private static byte[] blankPdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        }
    }
}
