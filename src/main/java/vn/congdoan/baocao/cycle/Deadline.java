package vn.congdoan.baocao.cycle;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** A deadline as the user wrote it ("2020-08-20" or a date-time) and the instant it means. */
@Embeddable
public record Deadline(String input, Instant due) {
}
