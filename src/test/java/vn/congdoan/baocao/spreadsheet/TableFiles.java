package vn.congdoan.baocao.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.DeadlineMeans;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.support.SampleTables;

/** Table files of the built-in template for the seed's cycle, written and read without the application. */
final class TableFiles {

    static final long CYCLE = 7;

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final CycleView SEED_CYCLE = new CycleView(CYCLE, SampleTables.NQ02.code(), SampleTables.NQ02.version(),
            null, "23/KH-LĐLĐ", LocalDate.of(2020, 6, 11), "Ninh Bình", "TỔNG LĐLĐ VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", null, null, SampleTables.SEED_PERIODS, List.of(),
            new CycleView.Deadlines(before("2020-08-15"), before("2020-08-20"), before("2020-09-10"), before("2020-09-15")),
            DeadlineMeans.BEFORE_DAY, before("2020-08-27"), ZONE, null, null, List.of(), List.of(), null, null, null,
            null, null, null, null);

    /** The caption of Appendix 02 for {@link #SEED_CYCLE}. */
    static final String CAPTION = Documents.planTableCaption(SEED_CYCLE, SampleTables.NQ02.documents().plan());

    static final TableUpload.Expected HOALU = new TableUpload.Expected(CYCLE, SampleTables.NQ02.code(),
            SampleTables.NQ02.version(), "hoalu", "LĐLĐ huyện Hoa Lư");

    private TableFiles() {
    }

    private static CycleView.DeadlineView before(String day) {
        return new CycleView.DeadlineView(day, LocalDate.parse(day).atStartOfDay(ZONE).minusSeconds(1).toOffsetDateTime(),
                DeadlineCalculator.describe(day, DeadlineMeans.BEFORE_DAY, ZONE));
    }

    static byte[] hoalu(Map<String, Map<String, Long>> values) {
        return TableWorkbooks.unitFile(SEED_CYCLE, SampleTables.FORM, CAPTION, "hoalu", "LĐLĐ huyện Hoa Lư", values, true);
    }

    /** The unit's sheet in a file of {@link #hoalu}. */
    static final String UNIT_SHEET = "xl/worksheets/sheet1.xml";

    /** The file with one part changed, as a tool other than Excel could write it. */
    static byte[] withPart(byte[] xlsx, String part, UnaryOperator<String> change) {
        return rewrite(xlsx, part, (xml, out) -> out.write(change.apply(xml).getBytes(StandardCharsets.UTF_8)));
    }

    /** The file with a comment of {@code padding} spaces in the unit's sheet: a few hundred KB packed, huge unpacked. */
    static byte[] zipBomb(byte[] xlsx, long padding) {
        return rewrite(xlsx, UNIT_SHEET, (xml, out) -> {
            int body = xml.indexOf("?>") + 2;
            out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
            out.write("<!--".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < padding; written += spaces.length) {
                out.write(spaces);
            }
            out.write("-->".getBytes(StandardCharsets.UTF_8));
            out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
        });
    }

    private interface PartWriter {
        void write(String xml, OutputStream out) throws IOException;
    }

    private static byte[] rewrite(byte[] xlsx, String part, PartWriter writer) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    writer.write(new String(content, StandardCharsets.UTF_8), out);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
