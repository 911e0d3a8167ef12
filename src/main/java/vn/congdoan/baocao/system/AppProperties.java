package vn.congdoan.baocao.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code app.*}.
 *
 * @param timeZone        business time zone: every business date is read in it unless a cycle says otherwise
 * @param defaultTemplate campaign template used when a request names none
 * @param demo            demo data and users (embedded default only)
 */
@ConfigurationProperties("app")
public record AppProperties(ZoneId timeZone, String defaultTemplate, Demo demo) {

    public record Demo(boolean enabled) {
    }
}
