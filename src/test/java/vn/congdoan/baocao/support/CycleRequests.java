package vn.congdoan.baocao.support;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies of POST /api/cycles used across the tests. */
public final class CycleRequests {

    public static final List<String> NINH_BINH_2020_UNITS = List.of("tpninhbinh", "tptamdiep", "hoalu", "giavien",
            "nhoquan", "yenkhanh", "yenmo", "kimson", "cdn-giaoduc", "cdn-yte", "cdn-congthuong", "cdn-nongnghiep",
            "cdn-xaydung", "cdn-gtvt", "cd-vienchuc", "cd-kcn");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CycleRequests() {
    }

    /** The seed's cycle: everything from the template's defaults but the units. */
    public static ObjectNode ninhBinh2020() {
        return withUnits(NINH_BINH_2020_UNITS);
    }

    public static ObjectNode withUnits(List<String> units) {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode codes = request.putArray("units");
        units.forEach(codes::add);
        return request;
    }
}
