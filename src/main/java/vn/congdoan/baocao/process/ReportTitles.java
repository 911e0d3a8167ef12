package vn.congdoan.baocao.process;

import java.time.OffsetDateTime;

import vn.congdoan.baocao.cycle.DeadlineCalculator;

/** Dates in the forms' title lines, as users write them. */
public final class ReportTitles {


    private ReportTitles() {
    }

    public static String at(OffsetDateTime at) {
        return at == null ? "—" : DeadlineCalculator.AT.format(at);
    }
}
