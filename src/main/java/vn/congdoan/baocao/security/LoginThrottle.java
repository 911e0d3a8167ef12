package vn.congdoan.baocao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per client address and user id, in memory. The first four in a row cost
 * nothing; after the fifth, the next attempt from that address for that user must wait 1 s, after the
 * sixth 2 s, then 4 s … up to 15 minutes. A right password clears the count; a day without failures
 * forgets it. Since the count is per address, a stranger failing from elsewhere never holds up the
 * real user (the engine's own lock, per user only, is switched off: process.EngineLoginLockOff).
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** Beyond this many (address, user) pairs the oldest are dropped, so that a flood cannot exhaust memory. */
    private static final int MOST_TRACKED = 100_000;

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must still wait before trying a password of the user again; empty when it may now. */
    Optional<Duration> waitBefore(String address, String userId) {
        Key key = Key.of(address, userId);
        Failures recorded = failures.get(key);
        if (recorded == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (recorded.forgottenAt(now)) {
            failures.remove(key, recorded);
            return Optional.empty();
        }
        return now.isBefore(recorded.waitUntil())
                ? Optional.of(Duration.between(now, recorded.waitUntil())) : Optional.empty();
    }

    void failed(String address, String userId) {
        Instant now = clock.instant();
        makeRoom(now);
        failures.compute(Key.of(address, userId), (key, recorded) -> {
            int count = recorded == null || recorded.forgottenAt(now) ? 1 : recorded.count() + 1;
            return new Failures(count, now, now.plus(waitAfter(count)));
        });
    }

    void succeeded(String address, String userId) {
        failures.remove(Key.of(address, userId));
    }

    static Duration waitAfter(int failuresInARow) {
        if (failuresInARow < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failuresInARow - FREE_FAILURES;
        if (doublings >= 30) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void makeRoom(Instant now) {
        if (failures.size() < MOST_TRACKED) {
            return;
        }
        failures.values().removeIf(recorded -> recorded.forgottenAt(now));
        if (failures.size() >= MOST_TRACKED) {
            failures.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getValue().last()))
                    .limit(failures.size() - MOST_TRACKED * 9L / 10)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(failures::remove);
        }
    }

    private record Key(String address, String userId) {

        static Key of(String address, String userId) {
            return new Key(address, userId.strip().toLowerCase(Locale.ROOT));
        }
    }

    private record Failures(int count, Instant last, Instant waitUntil) {

        boolean forgottenAt(Instant now) {
            return !now.isBefore(last.plus(FORGET_AFTER));
        }
    }
}
