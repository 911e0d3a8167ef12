package vn.congdoan.baocao.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in tests, moved by the test: the engine's clock (timers, job due dates)
 * moves with it, so that timers fire when a test moves time, never by waiting.
 */
public final class TestClock extends Clock {

    /** Where every test starts: the morning the Ninh Bình plan was signed. */
    public static final Instant START = Instant.parse("2020-06-11T02:00:00Z");

    private final ZoneId zone;
    private volatile Instant now = START;

    public TestClock(ZoneId zone) {
        this.zone = zone;
        ClockUtil.setCurrentTime(Date.from(now));
    }

    public void set(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
