package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(DocumentDates.longDate(LocalDate.of(2020, 6, 11))).isEqualTo("ngày 11 tháng 6 năm 2020");
        assertThat(DocumentDates.longDate(LocalDate.of(2021, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2021");
        assertThat(DocumentDates.longDate(LocalDate.of(2024, 2, 29))).isEqualTo("ngày 29 tháng 02 năm 2024");
        assertThat(DocumentDates.longDate(LocalDate.of(2020, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2020");
        assertThat(DocumentDates.longDate(LocalDate.of(2020, 12, 10))).isEqualTo("ngày 10 tháng 12 năm 2020");
        assertThat(DocumentDates.longDate(null)).isEqualTo("ngày …… tháng …… năm ……");
    }
}
