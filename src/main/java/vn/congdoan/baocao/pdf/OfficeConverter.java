package vn.congdoan.baocao.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;

import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a .docx into PDF/A-2b with LibreOffice, through one office process per node started on first use
 * (so that a node that never converts, or a test, starts none) and stopped with the application.
 */
@Component
class OfficeConverter {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeConverter.class);
    /** LibreOffice's PDF export: 2 is PDF/A-2b; PDF/A embeds every font. */
    private static final Map<String, Object> PDF_A_2B = Map.of("FilterData",
            Map.of("SelectPdfVersion", 2, "UseTaggedPDF", true, "ExportFormFields", false));

    private final File officeHome;
    private final int port;
    private OfficeManager manager;

    OfficeConverter(PdfProperties properties) {
        this.officeHome = officeHome(properties);
        this.port = properties.officePort();
        if (officeHome == null) {
            LOG.warn("PDF output is off: no LibreOffice found (set app.pdf.office-home to its directory)");
        } else {
            LOG.info("PDF output through LibreOffice in {}", officeHome);
        }
    }

    /** Why PDF output is off, in Vietnamese, if it is. */
    Optional<String> offReason() {
        return officeHome == null
                ? Optional.of("Máy chủ chưa cài LibreOffice nên không xuất được bản PDF.")
                : Optional.empty();
    }

    byte[] toPdfA(byte[] docx) {
        if (officeHome == null) {
            throw new PdfOffException(offReason().orElseThrow());
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            LocalConverter.builder().officeManager(started()).storeProperties(PDF_A_2B).build()
                    .convert(new ByteArrayInputStream(docx)).as(DefaultDocumentFormatRegistry.DOCX)
                    .to(pdf).as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
        } catch (OfficeException e) {
            LOG.warn("LibreOffice could not convert a document to PDF", e);
            throw new PdfOffException("Chưa chuyển được văn bản sang PDF: LibreOffice không trả lời kịp. "
                    + "Xin thử lại sau ít phút.");
        }
        return pdf.toByteArray();
    }

    private synchronized OfficeManager started() throws OfficeException {
        if (manager == null) {
            OfficeManager starting = LocalOfficeManager.builder()
                    .officeHome(officeHome)
                    .portNumbers(port == 0 ? freePort() : port)
                    .processTimeout(120_000L)
                    .build();
            starting.start();
            manager = starting;
        }
        return manager;
    }

    @PreDestroy
    synchronized void stop() {
        if (manager != null) {
            try {
                manager.stop();
            } catch (OfficeException e) {
                LOG.warn("LibreOffice did not stop cleanly", e);
            }
            manager = null;
        }
    }

    private static File officeHome(PdfProperties properties) {
        File home = properties.officeHome() == null || properties.officeHome().isBlank()
                ? LocalOfficeUtils.getDefaultOfficeHome() : new File(properties.officeHome());
        return home != null && LocalOfficeUtils.getOfficeExecutable(home).isFile() ? home : null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for LibreOffice", e);
        }
    }
}
