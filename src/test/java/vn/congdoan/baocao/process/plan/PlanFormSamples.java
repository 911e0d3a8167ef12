package vn.congdoan.baocao.process.plan;

import java.time.LocalDate;
import java.util.List;

import vn.congdoan.baocao.cycle.CycleParameters;
import vn.congdoan.baocao.process.CycleForms;
import vn.congdoan.baocao.process.forms.FormSchema;
import vn.congdoan.baocao.unit.UnitDetails;

/** Plan forms generated from a few units of three kinds, one of them ended, for tests outside this package. */
public final class PlanFormSamples {

    static final List<UnitDetails> UNITS = List.of(
            unit("ldld-ninhbinh", "Liên đoàn Lao động tỉnh Ninh Bình", "PROVINCE", null, null),
            unit("yenkhanh", "Liên đoàn Lao động huyện Yên Khánh", "DISTRICT", "ldld-ninhbinh", LocalDate.of(2025, 6, 30)),
            unit("hoalu", "Liên đoàn Lao động huyện Hoa Lư", "DISTRICT", "ldld-ninhbinh", LocalDate.of(2025, 6, 30)),
            unit("cdn-yte", "Công đoàn ngành Y tế tỉnh Ninh Bình", "SECTOR", "ldld-ninhbinh", null),
            unit("cd-xa-gia-hung", "Công đoàn xã Gia Hưng", "COMMUNE", "ldld-ninhbinh", null));

    static final CycleParameters VALUES = new CycleParameters("nq02-2016-2020", null, "23/KH-LĐLĐ", "2020-06-11",
            "Ninh Bình", "TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Sơ kết 05 năm",
            "Thực hiện Kế hoạch số 44/KH-TLĐ", "Nghị quyết số 02/NQ-ĐCT",
            List.of(new CycleParameters.PeriodParameter("2019", "Năm 2019"),
                    new CycleParameters.PeriodParameter("2020H1", "Tính đến 30/6/2020")),
            List.of("hoalu", "cdn-yte"),
            new CycleParameters.Deadlines("2020-08-15", "2020-08-20T17:00:00+07:00", "2020-09-10", "2020-09-15"),
            "BEFORE_DAY", "2020-08-27", "Asia/Ho_Chi_Minh",
            new CycleParameters.Reminders(List.of("P5D", "PT12H"), "P2D"),
            new CycleParameters.Signer("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Kim Long"),
            List.of("LĐLĐ các huyện thành phố", "Lưu: VT"), List.of("Tổng Liên đoàn Lao động Việt Nam"),
            "tld@example.org");

    private PlanFormSamples() {
    }

    /** The draft-plan form of cycle 1 with {@link #VALUES}. */
    public static FormSchema draftForm() {
        return PlanFormGenerator.draftForm(CycleForms.draftPlanId(1L), List.of(), VALUES, UNITS);
    }

    static FormSchema startForm() {
        return PlanFormGenerator.startForm("form-start-cycle", List.of(
                        new PlanFormGenerator.TemplateChoice("nq02-2016-2020", "Sơ kết Nghị quyết 02"),
                        new PlanFormGenerator.TemplateChoice("nq09-2021-2025", "Sơ kết Nghị quyết 09")),
                VALUES, UNITS);
    }

    private static UnitDetails unit(String code, String name, String kind, String parent, LocalDate validTo) {
        LocalDate from = "COMMUNE".equals(kind) ? LocalDate.of(2025, 7, 1) : LocalDate.of(1992, 4, 1);
        return new UnitDetails(code, name, kind, parent, code, code + "@example.org", from, validTo);
    }
}
