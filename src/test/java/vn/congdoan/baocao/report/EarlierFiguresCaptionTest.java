package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a unit's earlier figures come from, said for each way its lineage reported in the earlier cycle. */
class EarlierFiguresCaptionTest {

    private static final String WHERE = " trong đợt báo cáo số 3 «Sơ kết 2016-2020» (Kế hoạch số 23/KH-LĐLĐ ngày 11/6/2020)";

    @Test
    void theUnitAloneItsOwnFigures() {
        assertThat(caption(own(ReportStatus.ACCEPTED))).isEqualTo("Số liệu đã được chấp nhận của đơn vị" + WHERE + ".");
    }

    @Test
    void theUnitAndThoseItSucceededASumNamingThem() {
        assertThat(caption(own(ReportStatus.ACCEPTED), predecessor("b", "Công đoàn B", ReportStatus.ACCEPTED)))
                .isEqualTo("Tổng số liệu đã được chấp nhận của đơn vị và 1 đơn vị tiền thân: «Công đoàn B»" + WHERE + ".");
    }

    @Test
    void aSumShortOfAUnitSaysWhichIsLeftOutAndWhy() {
        assertThat(caption(predecessor("b", "Công đoàn B", ReportStatus.ACCEPTED),
                predecessor("c", "Công đoàn C", ReportStatus.ACCEPTED), predecessor("d", "Công đoàn D", ReportStatus.MISSING)))
                .isEqualTo("Tổng số liệu đã được chấp nhận của 2 đơn vị tiền thân: «Công đoàn B», «Công đoàn C»" + WHERE
                        + "; chưa tính «Công đoàn D» (không nộp báo cáo, đợt đã khóa sổ), nên tổng này chưa đủ.");
    }

    @Test
    void noAcceptedReportNoFigures() {
        assertThat(caption(own(ReportStatus.RETURNED))).isEqualTo("Trong đợt báo cáo số 3 «Sơ kết 2016-2020» (Kế hoạch "
                + "số 23/KH-LĐLĐ ngày 11/6/2020) không có báo cáo được chấp nhận của «Công đoàn A» (báo cáo chưa được "
                + "chấp nhận), nên không có số liệu kỳ trước.");
    }

    private static String caption(EarlierFigures.EarlierUnit... units) {
        return EarlierCycleFigures.caption(3, "Sơ kết 2016-2020", "23/KH-LĐLĐ", LocalDate.of(2020, 6, 11), List.of(units));
    }

    private static EarlierFigures.EarlierUnit own(ReportStatus status) {
        return new EarlierFigures.EarlierUnit("a", "Công đoàn A", status, false, status == ReportStatus.ACCEPTED);
    }

    private static EarlierFigures.EarlierUnit predecessor(String code, String name, ReportStatus status) {
        return new EarlierFigures.EarlierUnit(code, name, status, true, status == ReportStatus.ACCEPTED);
    }
}
