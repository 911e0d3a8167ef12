package vn.congdoan.baocao.pdf;

/**
 * The signer's block at the end of a document, as printed: "TM. BAN THƯỜNG VỤ" (may be empty), the
 * title "CHỦ TỊCH" and the name under the blank lines of the signature (may be empty).
 */
public record SignerBlock(String authority, String title, String name) {
}
