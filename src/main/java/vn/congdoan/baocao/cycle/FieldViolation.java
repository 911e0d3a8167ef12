package vn.congdoan.baocao.cycle;

/** A parameter that cannot be accepted: the field's path and a Vietnamese message naming the value. */
public record FieldViolation(String field, String message) {
}
