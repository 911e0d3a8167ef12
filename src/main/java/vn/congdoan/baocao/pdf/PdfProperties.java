package vn.congdoan.baocao.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PDF output under {@code app.pdf.*}.
 *
 * @param officeHome LibreOffice's home directory; empty: where the system installs it. Without LibreOffice
 *                   the application runs and says that PDF output is off.
 * @param officePort the port of the LibreOffice process this node starts on first use; 0: a free one
 */
@ConfigurationProperties("app.pdf")
public record PdfProperties(String officeHome, int officePort) {
}
