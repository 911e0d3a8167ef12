package vn.congdoan.baocao.report;

/** A unit's draft was stored outside its Tasklist form (API); an open form must show it. */
public record ReportDraftSaved(long cycleId, String unitCode) {
}
