package vn.congdoan.baocao.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's digital signature under {@code app.signing.*}.
 *
 * @param keystore         the organisation's PKCS#12 keystore (.p12 / .pfx)
 * @param password         its password (also the key's)
 * @param alias            the key's alias; empty: the keystore's only key
 * @param tsaUrl           an RFC 3161 time-stamp authority: signatures become PAdES B-T; empty: B-B
 * @param demoKeystore     where a demo certificate is made at the first start when no keystore is set;
 *                         empty: none (production)
 * @param demoOrganisation the organisation a demo certificate names
 */
@ConfigurationProperties("app.signing")
public record SigningProperties(String keystore, String password, String alias, String tsaUrl,
                                String demoKeystore, String demoOrganisation) {
}
