package vn.congdoan.baocao.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Cycle parameters once read and checked. */
record NewCycle(
        String templateCode,
        int templateVersion,
        String title,
        String planNumber,
        LocalDate planDate,
        String place,
        String superior,
        String issuer,
        String legalBasis,
        String resolution,
        List<Period> periods,
        List<CycleUnit> units,
        Deadline unitReview,
        Deadline unitReport,
        Deadline provinceReview,
        Deadline submission,
        Deadline cutOff,
        DeadlineMeans deadlineMeans,
        ZoneId timeZone,
        List<String> remindersBefore,
        String remindersOverdueEvery,
        String signerAuthority,
        String signerTitle,
        String signerName,
        List<String> recipients,
        List<String> reportRecipients,
        String nationalAddress) {
}
