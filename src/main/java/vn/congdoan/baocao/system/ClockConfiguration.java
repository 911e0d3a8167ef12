package vn.congdoan.baocao.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock businessClock(AppProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
