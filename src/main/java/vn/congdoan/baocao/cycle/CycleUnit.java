package vn.congdoan.baocao.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A participating unit as it was when the cycle started. */
@Embeddable
public record CycleUnit(String code, String name, String kind, @Column(name = "group_id") String groupId, String email) {
}
