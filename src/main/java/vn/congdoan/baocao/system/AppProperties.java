package vn.congdoan.baocao.system;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code app.*}.
 *
 * @param timeZone        business time zone: every business date is read in it unless a cycle says otherwise
 * @param defaultTemplate campaign template used when a request names none
 * @param demo            demo data and users (embedded default only)
 * @param mail            sender of the notifications and the addresses of the province's groups
 * @param publicUrl       where people reach the application, for the links that mails carry
 */
@ConfigurationProperties("app")
public record AppProperties(ZoneId timeZone, String defaultTemplate, Demo demo, Mail mail, String publicUrl) {

    /** @param groupAddresses e-mail address per province group id (cspl, thuongtruc, giamsat) */
    public record Mail(String from, Map<String, String> groupAddresses) {

        public String addressOfGroup(String groupId) {
            return groupAddresses == null ? null : groupAddresses.get(groupId);
        }
    }

    /**
     * @param enabled   demo units and users
     * @param liveCycle at the first start, a cycle in mid-course with dates relative to that day
     */
    public record Demo(boolean enabled, boolean liveCycle) {
    }
}
