package vn.congdoan.baocao.review;

import java.time.Instant;

public record ReviewEntry(Decision decision, String comment, String decidedBy, Instant decidedAt) {
}
