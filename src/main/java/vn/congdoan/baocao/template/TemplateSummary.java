package vn.congdoan.baocao.template;

import java.time.Instant;

/** @param source the file it came from (built-in), or who uploaded it */
public record TemplateSummary(String code, int version, String name, String source, Instant loadedAt) {
}
