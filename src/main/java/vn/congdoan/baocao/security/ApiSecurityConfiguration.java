package vn.congdoan.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Our API and the engine's REST API; the webapps keep their own session login. */
    static final String[] PROTECTED_PATHS = {"/api/*", "/engine-rest/*"};

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(UserDirectory directory,
                                                                            LoginThrottle throttle, ObjectMapper json,
                                                                            MachineClients machines) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(directory, throttle, json, machines));
        registration.addUrlPatterns(PROTECTED_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottleFilter(
            LoginThrottle throttle, ObjectMapper json, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<WebappLoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle, json));
        registration.addUrlPatterns(webapps + "/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** After the login: an anonymous caller still gets 401, a logged-in one the refusal. */
    @Bean
    FilterRegistrationBean<PasswordVerificationRefusalFilter> passwordVerificationRefusalFilter(
            ObjectMapper json, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<PasswordVerificationRefusalFilter> registration =
                new FilterRegistrationBean<>(new PasswordVerificationRefusalFilter(json));
        registration.addUrlPatterns("/engine-rest/*", webapps + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
        return registration;
    }
}
