package vn.congdoan.baocao.template;

/** Published in the transaction that loaded a new template or version. */
public record TemplatesChanged(String code, int version) {
}
