package vn.congdoan.baocao.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;

import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.AppProperties;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * Signs a PDF as PAdES baseline B (B-T when a time-stamp authority is set), SHA-256, with the organisation's
 * visible signature over the signer's block: the organisation's name and the signing time, ISO 8601 in
 * Vietnam's time zone (Decree 30/2020, Appendix I), in red.
 */
@Component
class PdfSigner {

    private static final Color SEAL_RED = new Color(0xC0, 0x00, 0x00);
    private static final float FONT_SIZE = 8;
    private static final DateTimeFormatter ISO_8601 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final OrganisationSeal seal;
    private final PAdESService service;
    private final String tsaUrl;
    private final ZoneId zone;
    /** Liberation Serif 2, read once: DSS's own font has no Vietnamese letters. */
    private final byte[] fontFile = readFont();

    PdfSigner(OrganisationSeal seal, SigningProperties properties, AppProperties app) {
        this.seal = seal;
        this.service = new PAdESService(new CommonCertificateVerifier());
        this.tsaUrl = properties.tsaUrl() == null || properties.tsaUrl().isBlank() ? null : properties.tsaUrl().strip();
        if (tsaUrl != null) {
            service.setTspSource(new OnlineTSPSource(tsaUrl, new TimeStampClient()));
        }
        this.zone = app.timeZone();
    }

    boolean on() {
        return seal.key().isPresent();
    }

    boolean demo() {
        return seal.demo();
    }

    /** The PDF signed, its visible signature over the signer's block when the block is found. */
    byte[] sign(byte[] pdf, SignerBlock block) {
        Pkcs12SignatureToken token = seal.token().orElseThrow();
        DSSPrivateKeyEntry key = seal.key().orElseThrow();
        ZonedDateTime signingTime = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(tsaUrl == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.getCertificate());
        parameters.setCertificateChain(key.getCertificateChain());
        parameters.bLevel().setSigningDate(Date.from(signingTime.toInstant()));
        parameters.setSigningTimeZone(TimeZone.getTimeZone(zone));
        parameters.setSignerName(seal.organisation());
        parameters.setReason("Ký số của cơ quan, tổ chức ban hành văn bản");
        SealPlacement.find(pdf, block).ifPresent(box -> parameters.setImageParameters(visible(box, signingTime)));
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureValue value = token.sign(data, DigestAlgorithm.SHA256, key);
        DSSDocument signed = service.signDocument(document, parameters, value);
        try (InputStream in = signed.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SignatureImageParameters visible(SealPlacement.Box box, ZonedDateTime signingTime) {
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(box.page());
        field.setOriginX(box.x());
        field.setOriginY(box.y());
        field.setWidth(box.width());
        field.setHeight(box.height());
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        text.setText(visibleText(signingTime));
        text.setFont(font());
        text.setTextColor(SEAL_RED);
        text.setTextWrapping(TextWrapping.FILL_BOX_AND_LINEBREAK);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        text.setPadding(3);
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(text);
        return image;
    }

    /** What the visible signature says. */
    String visibleText(ZonedDateTime signingTime) {
        return (seal.demo() ? "CHỮ KÝ SỐ THỬ NGHIỆM, KHÔNG CÓ GIÁ TRỊ PHÁP LÝ\n" : "")
                + "Ký bởi: " + seal.organisation() + "\n"
                + "Thời gian ký: " + ISO_8601.format(signingTime);
    }

    private DSSFileFont font() {
        DSSFileFont font = new DSSFileFont(new InMemoryDocument(fontFile), FONT_SIZE);
        font.setEmbedFontSubset(true);
        return font;
    }

    private static byte[] readFont() {
        try (InputStream in = PdfSigner.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
