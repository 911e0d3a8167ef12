package vn.congdoan.baocao.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the embedded default (H2 file database, demo data and users), one
 * context shared by every test class that extends this; jobs run only when a test runs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
public abstract class EmbeddedAppTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry);
    }
}
