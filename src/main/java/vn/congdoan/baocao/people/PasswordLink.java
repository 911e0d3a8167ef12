package vn.congdoan.baocao.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "password_link")
class PasswordLink {

    @Id
    private String tokenHash;

    private String userId;

    private String createdBy;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected PasswordLink() {
    }

    PasswordLink(String tokenHash, String userId, String createdBy, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String userId() {
        return userId;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
