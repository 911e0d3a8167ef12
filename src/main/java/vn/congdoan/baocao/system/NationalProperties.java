package vn.congdoan.baocao.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national federation's instance of this application, under {@code app.national.*}: where the province
 * delivers its report beside the e-mail, with the machine account the national administrators gave it.
 *
 * @param url          the national instance's address (e.g. https://baocao.congdoan.vn); empty: no delivery
 * @param clientId     the province's machine account there
 * @param secret       its secret
 * @param pollInterval how often the national review is asked for while the report waits for it
 */
@ConfigurationProperties("app.national")
public record NationalProperties(String url, String clientId, String secret, Duration pollInterval) {

    public NationalProperties {
        pollInterval = pollInterval == null ? Duration.ofHours(1) : pollInterval;
    }

    public boolean configured() {
        return url != null && !url.isBlank() && clientId != null && !clientId.isBlank() && secret != null
                && !secret.isBlank();
    }
}
