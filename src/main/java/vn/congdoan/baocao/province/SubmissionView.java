package vn.congdoan.baocao.province;

import java.time.OffsetDateTime;

public record SubmissionView(long cycle, SubmissionRecord submission, String recordedBy, OffsetDateTime recordedAt,
                             OffsetDateTime mailedAt) {
}
