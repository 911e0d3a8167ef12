package vn.congdoan.baocao.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * The organisation's key and certificate from the configured PKCS#12 keystore, or a demo one made at the
 * first start on the embedded default. A keystore that is set but unreadable, holds no single key, or
 * holds a key weaker than RSA 2048 / EC 256 stops the start: nothing should go out unsigned by mistake.
 */
@Component
class OrganisationSeal {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationSeal.class);
    private static final int MIN_RSA_BITS = 2048;
    private static final int MIN_EC_BITS = 256;

    private final Pkcs12SignatureToken token;
    private final DSSPrivateKeyEntry key;
    private final boolean demo;

    OrganisationSeal(SigningProperties properties) {
        String keystore = blankToNull(properties.keystore());
        String demoKeystore = blankToNull(properties.demoKeystore());
        this.demo = keystore == null && demoKeystore != null;
        String password = demo ? DemoSealCertificate.PASSWORD : properties.password();
        if (demo) {
            DemoSealCertificate.makeIfAbsent(Path.of(demoKeystore), properties.demoOrganisation() == null
                    ? "Tổ chức thử nghiệm" : properties.demoOrganisation());
            keystore = demoKeystore;
        }
        if (keystore == null) {
            token = null;
            key = null;
            LOG.warn("PDF documents go out unsigned: no keystore set (app.signing.keystore)");
            return;
        }
        if (!Files.isReadable(Path.of(keystore))) {
            throw new IllegalStateException("The signing keystore " + keystore + " cannot be read (app.signing.keystore)");
        }
        try {
            token = new Pkcs12SignatureToken(keystore,
                    new KeyStore.PasswordProtection(password == null ? new char[0] : password.toCharArray()));
            key = chooseKey(token.getKeys(), demo ? DemoSealCertificate.ALIAS : blankToNull(properties.alias()), keystore);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The signing keystore " + keystore
                    + " cannot be opened with the password set (app.signing.password): " + e.getMessage(), e);
        }
        checkStrength(key, keystore);
        if (!key.getCertificate().isValidOn(new Date())) {
            LOG.warn("The signing certificate {} is not valid today (valid {} to {})",
                    key.getCertificate().getSubject().getRFC2253(), key.getCertificate().getNotBefore(),
                    key.getCertificate().getNotAfter());
        }
        LOG.info("Signing PDF documents as {}{}", key.getCertificate().getSubject().getRFC2253(),
                demo ? " (demo certificate: no legal value)" : "");
    }

    Optional<Pkcs12SignatureToken> token() {
        return Optional.ofNullable(token);
    }

    Optional<DSSPrivateKeyEntry> key() {
        return Optional.ofNullable(key);
    }

    boolean demo() {
        return demo;
    }

    /** The organisation the certificate names (its O, else its CN), as the visible signature shows it. */
    String organisation() {
        String subject = key.getCertificate().getCertificate().getSubjectX500Principal().getName();
        try {
            List<Rdn> names = new LdapName(subject).getRdns();
            return names.stream().filter(rdn -> rdn.getType().equalsIgnoreCase("O")).findFirst()
                    .or(() -> names.stream().filter(rdn -> rdn.getType().equalsIgnoreCase("CN")).findFirst())
                    .map(rdn -> rdn.getValue().toString())
                    .orElse(subject);
        } catch (InvalidNameException e) {
            return subject;
        }
    }

    @PreDestroy
    void close() {
        if (token != null) {
            token.close();
        }
    }

    private static DSSPrivateKeyEntry chooseKey(List<DSSPrivateKeyEntry> keys, String alias, String keystore) {
        if (alias != null) {
            return keys.stream().filter(k -> k instanceof eu.europa.esig.dss.token.KSPrivateKeyEntry entry
                            && entry.getAlias().equals(alias)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The signing keystore " + keystore
                            + " holds no key named " + alias + " (app.signing.alias)"));
        }
        if (keys.size() != 1) {
            throw new IllegalStateException("The signing keystore " + keystore + " holds " + keys.size()
                    + " keys: name one with app.signing.alias");
        }
        return keys.get(0);
    }

    private static void checkStrength(DSSPrivateKeyEntry key, String keystore) {
        var publicKey = key.getCertificate().getPublicKey();
        boolean strong = publicKey instanceof RSAKey rsa ? rsa.getModulus().bitLength() >= MIN_RSA_BITS
                : publicKey instanceof ECKey ec && ec.getParams().getOrder().bitLength() >= MIN_EC_BITS;
        if (!strong) {
            throw new IllegalStateException("The signing key in " + keystore
                    + " is weaker than RSA 2048 or ECDSA 256 bits, or of another kind");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
