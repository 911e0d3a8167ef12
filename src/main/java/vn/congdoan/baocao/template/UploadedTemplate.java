package vn.congdoan.baocao.template;

/** @param loaded whether it was stored now (false: that version was there already, the same) */
public record UploadedTemplate(String code, int version, boolean loaded, String message) {
}
