package vn.congdoan.baocao.province;

/** A file sent with the package to the national federation. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
