package vn.congdoan.baocao.api;

/** Request bodies of the API's description, as a union officer would send them. */
final class ApiExamples {

    static final String NEW_CYCLE = """
            {"units": ["cdn-giaoduc", "cdn-yte", "cd-kcn"],
             "planNumber": "45/KH-LĐLĐ", "planDate": "2026-11-14",
             "periods": [{"code": "2024", "label": "Năm 2024"}, {"code": "2025", "label": "Năm 2025"}],
             "deadlines": {"unitReview": "2026-12-01", "unitReport": "2026-12-03",
                           "provinceReview": "2026-12-17", "submission": "2026-12-21"},
             "cutOff": "2026-12-10"}""";

    static final String PLAN_REVISION = """
            {"planNumber": "46/KH-LĐLĐ", "units": ["cdn-giaoduc", "cdn-yte", "cd-kcn", "cd-vienchuc"],
             "deadlines": {"unitReport": "2026-12-05"}}""";

    static final String REPORT = """
            {"values": {"I01": {"2024": 3, "2025": 4}, "I02": {"2024": 52, "2025": 55}, "I03": {"2024": 100, "2025": null}},
             "sections": {"P1.I.1": "Công đoàn ngành đã phối hợp với chuyên môn đồng cấp tổ chức hội nghị người lao động \
            ở 100% đơn vị trực thuộc.",
                          "P2.I": "Tiếp tục hướng dẫn công đoàn cơ sở xây dựng quy chế đối thoại."},
             "explanations": {"V12": "Năm 2025 có hai doanh nghiệp mới vào khu công nghiệp nên số liệu tăng mạnh."}}""";

    static final String REVIEW_RETURN = """
            {"decision": "RETURN", "comment": "Đề nghị bổ sung kết quả năm 2025 ở mục II.3."}""";

    static final String NEW_UNIT = """
            {"code": "phuong-hoalu", "name": "Công đoàn phường Hoa Lư", "kind": "COMMUNE", "parent": "ldld-ninhbinh",
             "email": "cd.phuonghoalu@ninhbinh.example.org", "validFrom": "2025-07-01"}""";

    static final String UNIT_EDIT = """
            {"name": "Công đoàn Viên chức tỉnh Ninh Bình (mới)", "email": "cdvc@ninhbinh.example.org"}""";

    static final String UNIT_END = """
            {"validTo": "2025-06-30", "successor": "phuong-hoalu"}""";

    static final String REORGANISATION = """
            {"units": ["tpninhbinh", "hoalu"], "validTo": "2025-06-30",
             "successor": {"code": "phuong-hoalu", "name": "Công đoàn phường Hoa Lư", "kind": "COMMUNE",
                           "parent": "ldld-ninhbinh", "email": "cd.phuonghoalu@ninhbinh.example.org"}}""";

    private ApiExamples() {
    }
}
