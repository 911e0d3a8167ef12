package vn.congdoan.baocao.dispatch;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import vn.congdoan.baocao.province.Attachment;

/** One file of the package sent to the national federation, as it went out. */
@Entity
@Table(name = "submission_file")
@IdClass(SentFile.Key.class)
class SentFile {

    static class Key implements Serializable {
        private Long cycleId;
        private Integer position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(cycleId, key.cycleId)
                    && Objects.equals(position, key.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cycleId, position);
        }
    }

    @Id
    private Long cycleId;
    @Id
    private Integer position;
    private String fileName;
    private String contentType;
    private byte[] content;
    private Instant madeAt;

    protected SentFile() {
    }

    SentFile(long cycleId, int position, Attachment file, Instant madeAt) {
        this.cycleId = cycleId;
        this.position = position;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.content = file.content();
        this.madeAt = madeAt;
    }

    Attachment attachment() {
        return new Attachment(fileName, contentType, content);
    }
}
