package vn.congdoan.baocao.pdf;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and self-signed certificates made for a test, and PKCS#12 keystores holding them. */
final class TestKeystores {

    record Entry(String alias, KeyPair keys, X509Certificate certificate) {
    }

    private TestKeystores() {
    }

    static Entry rsa(String alias, int bits, String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        KeyPair keys = generator.generateKeyPair();
        return new Entry(alias, keys, certificate(keys, subject, "SHA256withRSA", false));
    }

    static Entry ec(String alias, String curve, String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        KeyPair keys = generator.generateKeyPair();
        return new Entry(alias, keys, certificate(keys, subject, "SHA256withECDSA", false));
    }

    /** A time-stamp authority's key: RSA 2048, extended key usage timeStamping (critical, as RFC 3161 asks). */
    static Entry timeStampAuthority() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        return new Entry("tsa", keys, certificate(keys, "CN=Máy đóng dấu thời gian thử,O=Test,C=VN", "SHA256withRSA", true));
    }

    static Path write(Path file, String password, Entry... entries) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (Entry entry : entries) {
            store.setKeyEntry(entry.alias(), entry.keys().getPrivate(), password.toCharArray(),
                    new X509Certificate[] {entry.certificate()});
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static X509Certificate certificate(KeyPair keys, String subject, String algorithm, boolean timeStamping)
            throws Exception {
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic());
        if (timeStamping) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
    }
}
