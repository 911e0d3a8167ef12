package vn.congdoan.baocao.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system's clock, which the demo stops at moments of the past while it plays its cycle's first
 * weeks at the first start, so that every date it stores is the one the steps would have had.
 */
public final class ShiftableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant stoppedAt;

    public ShiftableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    public void release() {
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.fixed(instant(), other);
    }
}
