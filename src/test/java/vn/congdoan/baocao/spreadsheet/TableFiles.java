package vn.congdoan.baocao.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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

    static final TableUpload.Expected HOALU = new TableUpload.Expected(CYCLE, SampleTables.NQ02.code(),
            SampleTables.NQ02.version(), "hoalu", "LĐLĐ huyện Hoa Lư");

    private TableFiles() {
    }

    private static CycleView.DeadlineView before(String day) {
        return new CycleView.DeadlineView(day, LocalDate.parse(day).atStartOfDay(ZONE).minusSeconds(1).toOffsetDateTime(),
                DeadlineCalculator.describe(day, DeadlineMeans.BEFORE_DAY, ZONE));
    }

    static byte[] hoalu(Map<String, Map<String, Long>> values) {
        return TableWorkbooks.unitFile(SEED_CYCLE, SampleTables.FORM,
                Documents.planTableCaption(SEED_CYCLE, SampleTables.NQ02.documents().plan()), "hoalu", "LĐLĐ huyện Hoa Lư",
                values, true);
    }

    static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
