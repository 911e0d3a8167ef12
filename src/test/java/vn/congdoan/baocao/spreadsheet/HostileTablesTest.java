package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.system.TooLargeException;

/** Files made to hurt the reader: each is refused with a message, and none is read as blanks. */
class HostileTablesTest {

    private final byte[] table = TableFiles.hoalu(SampleTables.consistent());

    @Test
    void aFileThatUnpacksToHundredsOfMegabytesIsRefusedBeforeItIsUnpacked() {
        byte[] bomb = TableFiles.zipBomb(table, 300L * 1024 * 1024);
        assertThat(bomb.length).as("packed").isLessThan(5 * 1024 * 1024);
        TooLargeException refused = catchThrowableOfType(TooLargeException.class,
                () -> TableUpload.read(bomb, SampleTables.FORM, TableFiles.HOALU));
        assertThat(refused).hasMessageStartingWith("Tệp Excel giải nén ra quá lớn (hơn 20 MB");
    }

    @Test
    void anEmptyFileIsRefusedWithAMessage() {
        ReportRejectedException refused = catchThrowableOfType(ReportRejectedException.class,
                () -> TableUpload.read(new byte[0], SampleTables.FORM, TableFiles.HOALU));
        assertThat(refused).hasMessageStartingWith("Tệp tải lên rỗng (0 byte)");
    }

    @Test
    void aValueCellPointingToAMissingSharedStringIsABadCellNotABlank() {
        byte[] broken = TableFiles.withPart(table, TableFiles.UNIT_SHEET, xml -> cell(xml, "D9",
                "<c r=\"D9\" s=\"10\" t=\"s\"><v>9999</v></c>"));
        assertThat(refusedCells(broken)).containsExactly("Ô D9 (I01, Năm 2016): ô trỏ tới một chuỗi không có trong "
                + "tệp (tệp bị hỏng hoặc bị sửa ngoài Excel); hãy nhập lại số liệu của ô này");
    }

    @Test
    void aNumberCellThatIsNoNumberIsABadCell() {
        byte[] broken = TableFiles.withPart(table, TableFiles.UNIT_SHEET, xml -> cell(cell(xml, "D9",
                "<c r=\"D9\" s=\"10\"><v>NaN</v></c>"), "E9", "<c r=\"E9\" s=\"10\"><v>abc</v></c>"));
        assertThat(refusedCells(broken)).containsExactly(
                "Ô D9 (I01, Năm 2016): «NaN» không phải số nguyên",
                "Ô E9 (I01, Năm 2017): «abc» không phải số nguyên");
    }

    private static java.util.List<String> refusedCells(byte[] file) {
        ReportRejectedException refused = catchThrowableOfType(ReportRejectedException.class,
                () -> TableUpload.read(file, SampleTables.FORM, TableFiles.HOALU));
        assertThat(refused).as("refused").isNotNull();
        return refused.violations().stream().map(Violation::message).toList();
    }

    /** The sheet's XML with the cell at {@code address} replaced. */
    private static String cell(String xml, String address, String replacement) {
        String pattern = "<c r=\"" + address + "\"[^>]*?(/>|>.*?</c>)";
        String changed = xml.replaceFirst(pattern, java.util.regex.Matcher.quoteReplacement(replacement));
        assertThat(changed).as("cell " + address + " found").isNotEqualTo(xml);
        return changed;
    }
}
