package vn.congdoan.baocao.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another system that reports for one unit with a secret of its own. */
@Entity
@Table(name = "machine_client")
class MachineClient {

    @Id
    private String id;
    private String secretHash;
    private String unitCode;
    private String groupId;
    private String createdBy;
    private Instant createdAt;
    private Instant revokedAt;

    protected MachineClient() {
    }

    MachineClient(String id, String secretHash, String unitCode, String groupId, String createdBy, Instant createdAt) {
        this.id = id;
        this.secretHash = secretHash;
        this.unitCode = unitCode;
        this.groupId = groupId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String secretHash() {
        return secretHash;
    }

    String unitCode() {
        return unitCode;
    }

    String groupId() {
        return groupId;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    boolean active() {
        return revokedAt == null;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }
}
