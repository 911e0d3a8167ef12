package vn.congdoan.baocao.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the embedded default (H2 file database, demo data and users), one
 * context shared by every test class that extends this; jobs run only when a test runs them. It
 * reads the client's address from X-Forwarded-For sent from the loopback address, as behind a
 * reverse proxy, so that a test can call from several addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "server.forward-headers-strategy=native", "app.demo.live-cycle=false"})
@Import(TestClockConfiguration.class)
public abstract class EmbeddedAppTest {

    @Autowired
    protected TestClock clock;

    /** Every test starts at the same instant, before the cycles' deadlines. */
    @BeforeEach
    void startTheClock() {
        clock.set(TestClock.START);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry);
    }
}
