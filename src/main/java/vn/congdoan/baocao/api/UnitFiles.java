package vn.congdoan.baocao.api;

/** How large an upload of the unit list may be. */
final class UnitFiles {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String TOO_LARGE = "Tệp tải lên quá lớn: tối đa 5 MB (danh mục vài nghìn đơn vị chỉ vài trăm KB). "
            + "Danh mục đơn vị không thay đổi.";

    private UnitFiles() {
    }
}
