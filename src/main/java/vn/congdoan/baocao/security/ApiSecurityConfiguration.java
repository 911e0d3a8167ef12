package vn.congdoan.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Our API and the engine's REST API; the webapps keep their own session login. */
    static final String[] PROTECTED_PATHS = {"/api/*", "/engine-rest/*"};

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(UserDirectory directory, ObjectMapper json) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(directory, json));
        registration.addUrlPatterns(PROTECTED_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
