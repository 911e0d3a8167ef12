package vn.congdoan.baocao.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for trying the signed PDF on the embedded default, named as a demo in its
 * subject so that nobody takes what it signs for the organisation's: RSA 3072, SHA-256, ten years.
 */
final class DemoSealCertificate {

    static final String ALIAS = "demo-seal";
    /** A demo keystore guards nothing; its password is known. */
    static final String PASSWORD = "demo-seal";
    static final String COMMON_NAME = "CHỨNG THƯ THỬ NGHIỆM - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ";

    private DemoSealCertificate() {
    }

    /** Makes the keystore at {@code path} unless it is there. */
    static void makeIfAbsent(Path path, String organisation) {
        if (Files.exists(path)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.CN, COMMON_NAME)
                    .build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3653))), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {certificate});
            Files.createDirectories(path.toAbsolutePath().getParent());
            Path written = Files.createTempFile(path.toAbsolutePath().getParent(), "seal", ".p12");
            try (OutputStream out = Files.newOutputStream(written)) {
                store.store(out, PASSWORD.toCharArray());
            }
            Files.move(written, path);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demo signing certificate could not be made at " + path, e);
        }
    }
}
