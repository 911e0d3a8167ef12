package vn.congdoan.baocao.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * Checks a signed PDF as a recipient would: the PAdES signature validated by EU DSS against a trusted
 * certificate, with no network; the file against PDF/A-2b by veraPDF.
 */
public final class SignedPdfs {

    /** The demo certificate the tests' application makes (src/test/resources/config/application.yaml). */
    public static final Path TEST_KEYSTORE = Path.of("target/test-signing/demo-seal.p12");

    /**
     * @param signatures       how many signatures the file holds
     * @param indication       DSS's verdict on the first one
     * @param intact           whether the signed bytes are unchanged since signing
     * @param signingCertificate the certificate that signed it
     */
    public record Validation(int signatures, Indication indication, SubIndication subIndication, SignatureLevel level,
                             boolean intact, X509Certificate signingCertificate, String signerName) {
    }

    private SignedPdfs() {
    }

    public static Validation validate(byte[] pdf, X509Certificate... trusted) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : trusted) {
            anchors.addCertificate(new CertificateToken(anchor));
        }
        verifier.setTrustedCertSources(anchors);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureWrapper> signatures = diagnostic.getSignatures();
        if (signatures.isEmpty()) {
            return new Validation(0, null, null, null, false, null, null);
        }
        SignatureWrapper first = signatures.get(0);
        X509Certificate signer = validator.getSignatures().get(0).getSigningCertificateToken() == null ? null
                : validator.getSignatures().get(0).getSigningCertificateToken().getCertificate();
        return new Validation(signatures.size(), simple.getIndication(first.getId()),
                simple.getSubIndication(first.getId()), first.getSignatureFormat(),
                first.isSignatureIntact() && first.isSignatureValid(), signer, first.getSignerName());
    }

    /** The first certificate of a PKCS#12 keystore. */
    public static X509Certificate certificate(Path keystore, String password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return (X509Certificate) store.getCertificate(store.aliases().nextElement());
        } catch (Exception e) {
            throw new IllegalStateException("Keystore " + keystore + " unreadable", e);
        }
    }

    /** The PDF/A-2b rules the file breaks, each as "clause: description"; empty when it conforms. */
    public static List<String> pdfA2bProblems(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        List<String> problems = new ArrayList<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            if (parser.getFlavour() != PDFAFlavour.PDFA_2_B) {
                problems.add("declares " + parser.getFlavour() + ", not PDF/A-2b");
            }
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    problems.add(assertion.getRuleId().getClause() + ": " + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && problems.isEmpty()) {
                problems.add("not compliant");
            }
        } catch (Exception e) {
            problems.add("unreadable: " + e);
        }
        return problems.stream().distinct().toList();
    }

    /** The signed byte ranges of the file's first signature: offset and length pairs. */
    public static int[] byteRange(byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getLastSignatureDictionary().getByteRange();
        }
    }
}
