package vn.congdoan.baocao.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.pdf.PdfOutput;
import vn.congdoan.baocao.province.Attachment;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.spreadsheet.TableWorkbooks;

/**
 * The package sent to the national federation: the provincial report as PDF/A signed by the organisation
 * (as .docx while PDF output is off) and its appendix as .xlsx. Made once, when the sending is recorded, and
 * kept as it went out; before that, downloaded as a preview whose PDF is not signed.
 */
@Service
public class SubmissionPackage {

    public static final String ZIP = "/api/cycles/{cycle}/documents/package.zip";
    public static final String ZIP_TYPE = "application/zip";
    private static final String PREVIEW = "-xem-truoc";

    private final SentFileRepository files;
    private final Documents documents;
    private final TableWorkbooks workbooks;
    private final PdfOutput pdf;
    private final Submissions submissions;
    private final CycleService cycles;
    private final Clock clock;

    SubmissionPackage(SentFileRepository files, Documents documents, TableWorkbooks workbooks, PdfOutput pdf,
                      Submissions submissions, CycleService cycles, Clock clock) {
        this.files = files;
        this.documents = documents;
        this.workbooks = workbooks;
        this.pdf = pdf;
        this.submissions = submissions;
        this.cycles = cycles;
        this.clock = clock;
    }

    public static String zipLink(long cycle) {
        return ZIP.replace("{cycle}", String.valueOf(cycle));
    }

    public static String zipFile(long cycle) {
        return "ho-so-gui-tong-lien-doan-dot-" + cycle + ".zip";
    }

    /** Makes and keeps the package of a recorded sending, once, and mails it when mail is configured. */
    @Transactional
    public boolean send(long cycleId) {
        List<Attachment> sent = kept(cycleId);
        if (sent.isEmpty()) {
            sent = make(cycleId, true);
            for (int i = 0; i < sent.size(); i++) {
                files.save(new SentFile(cycleId, i, sent.get(i), clock.instant()));
            }
        }
        return submissions.send(cycleId, sent);
    }

    /** The package as a .zip: as it went out, or, before the sending, as it would go with an unsigned PDF. */
    @Transactional(readOnly = true)
    public byte[] zip(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        List<Attachment> sent = kept(cycleId);
        return zip(sent.isEmpty() ? make(cycleId, false) : sent);
    }

    /** The provincial report's PDF: the signed one that went out, or before that an unsigned preview. */
    @Transactional(readOnly = true)
    public byte[] provinceReportPdf(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        String name = Documents.provinceReportPdfFile(cycleId);
        return kept(cycleId).stream().filter(file -> file.fileName().equals(name)).findFirst()
                .map(Attachment::content)
                .orElseGet(() -> pdf.pdfA(documents.provinceReport(cycleId)));
    }

    private List<Attachment> kept(long cycleId) {
        return files.findByCycleIdOrderByPosition(cycleId).stream().map(SentFile::attachment).toList();
    }

    private List<Attachment> make(long cycleId, boolean signed) {
        byte[] docx = documents.provinceReport(cycleId);
        List<Attachment> made = new ArrayList<>();
        if (pdf.on()) {
            byte[] report = signed ? pdf.signedPdfA(docx, Documents.signerBlock(cycles.get(cycleId))) : pdf.pdfA(docx);
            made.add(new Attachment(preview(Documents.provinceReportPdfFile(cycleId), signed), PdfOutput.CONTENT_TYPE,
                    report));
        } else {
            made.add(new Attachment(preview(Documents.provinceReportFile(cycleId), signed), Documents.CONTENT_TYPE, docx));
        }
        made.add(new Attachment(TableLinks.aggregateFile(cycleId), TableWorkbooks.CONTENT_TYPE,
                workbooks.aggregate(cycleId)));
        return made;
    }

    private static String preview(String fileName, boolean sent) {
        if (sent) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + PREVIEW + fileName.substring(dot);
    }

    private static byte[] zip(List<Attachment> attachments) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Attachment file : attachments) {
                zip.putNextEntry(new ZipEntry(file.fileName()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
