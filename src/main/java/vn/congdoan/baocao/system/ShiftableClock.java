package vn.congdoan.baocao.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system's clock, which the demo stops at moments of the past while it plays its cycle's first
 * weeks at the first start, so that every date it stores is the one the steps would have had.
 */
public final class ShiftableClock extends Clock {

    private final ZoneId zone;
    /** Shared with the same clock seen from other zones: they stop and run together. */
    private final AtomicReference<Instant> stoppedAt;

    public ShiftableClock(ZoneId zone) {
        this(zone, new AtomicReference<>());
    }

    private ShiftableClock(ZoneId zone, AtomicReference<Instant> stoppedAt) {
        this.zone = zone;
        this.stoppedAt = stoppedAt;
    }

    public void stopAt(Instant instant) {
        stoppedAt.set(instant);
    }

    public void release() {
        stoppedAt.set(null);
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt.get();
        return stopped != null ? stopped : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ShiftableClock(other, stoppedAt);
    }
}
