package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The report forms in forms/ are the generator's output. After changing the generator, rewrite them with
 * {@code ./mvnw test -Dtest=ReportFormsTest -Dforms.write=true}.
 */
class ReportFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unitReportFormIsUpToDate() throws IOException {
        check(Path.of("forms/unit-report.form"), ReportFormsGenerator.unitReportForm());
    }

    @Test
    void reviewReportFormIsUpToDate() throws IOException {
        check(Path.of("forms/review-report.form"), ReportFormsGenerator.reviewReportForm());
    }

    @Test
    void provinceReportFormIsUpToDate() throws IOException {
        check(Path.of("forms/province-report.form"), ReportFormsGenerator.provinceReportForm());
    }

    @Test
    void approveProvinceReportFormIsUpToDate() throws IOException {
        check(Path.of("forms/approve-province-report.form"), ReportFormsGenerator.approveProvinceReportForm());
    }

    private static void check(Path file, ObjectNode expected) throws IOException {
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n";
        if (Boolean.getBoolean("forms.write")) {
            Files.writeString(file, text);
        }
        assertThat(Files.readString(file)).isEqualTo(text);
    }
}
