package vn.congdoan.baocao.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The system's clock; where the demo plays its cycle's past at the first start, one it can stop. */
    @Bean
    Clock businessClock(AppProperties properties) {
        AppProperties.Demo demo = properties.demo();
        return demo != null && demo.enabled() && demo.liveCycle()
                ? new ShiftableClock(properties.timeZone())
                : Clock.system(properties.timeZone());
    }
}
