package vn.congdoan.baocao.review;

public enum Decision {
    ACCEPT,
    RETURN
}
