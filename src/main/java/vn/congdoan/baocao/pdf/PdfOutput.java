package vn.congdoan.baocao.pdf;

import org.springframework.stereotype.Service;

/**
 * The documents as PDF/A-2b, converted from their .docx by LibreOffice, and signed by the organisation when
 * it has a certificate. Off, and saying so, when LibreOffice is missing.
 */
@Service
public class PdfOutput {

    public static final String CONTENT_TYPE = "application/pdf";

    private final OfficeConverter converter;
    private final PdfSigner signer;

    PdfOutput(OfficeConverter converter, PdfSigner signer) {
        this.converter = converter;
        this.signer = signer;
    }

    /** Whether PDFs are made at all. */
    public boolean on() {
        return converter.offReason().isEmpty();
    }

    /** Whether they are signed (a demo certificate counts: it is said in the document and in {@link #status}). */
    public boolean signs() {
        return on() && signer.on();
    }

    /** What the PDF output does, in a sentence for the people who send the documents. */
    public String status() {
        return converter.offReason()
                .map(reason -> "Bản PDF đang tắt: " + lowerFirst(reason))
                .orElseGet(() -> !signer.on()
                        ? "Bản PDF/A không có chữ ký số: chưa cấu hình chứng thư số của tổ chức."
                        : signer.demo()
                        ? "Bản PDF/A được ký bằng chứng thư thử nghiệm, không có giá trị pháp lý."
                        : "Bản PDF/A có chữ ký số của tổ chức.");
    }

    /** The document as PDF/A-2b, unsigned. */
    public byte[] pdfA(byte[] docx) {
        return converter.toPdfA(docx);
    }

    /** The document as PDF/A-2b with the organisation's signature over the signer's block, when it has one. */
    public byte[] signedPdfA(byte[] docx, SignerBlock block) {
        byte[] pdf = converter.toPdfA(docx);
        return signer.on() ? signer.sign(pdf, block) : pdf;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
