package vn.congdoan.baocao.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.congdoan.baocao.system.AppProperties;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock(AppProperties properties) {
        return new TestClock(properties.timeZone());
    }
}
