package vn.congdoan.baocao.unit;

import java.util.List;
import java.util.Map;

/** How the kinds of unit are named to people; a kind of an administration's own is shown as its code. */
public final class UnitKinds {

    private static final Map<String, String> NAMES = Map.of(
            "PROVINCE", "Liên đoàn Lao động tỉnh, thành phố",
            "DISTRICT", "Liên đoàn Lao động huyện, thành phố, thị xã",
            "SECTOR", "Công đoàn ngành và tương đương",
            "COMMUNE", "Công đoàn xã, phường, đặc khu",
            "ZONE", "Công đoàn khu công nghiệp, khu kinh tế");

    /** The kinds in the order lists show them: the levels from the top, then the rest. */
    private static final List<String> ORDER = List.of("PROVINCE", "DISTRICT", "COMMUNE", "SECTOR", "ZONE");

    private UnitKinds() {
    }

    /** Where units of the kind come in a list; kinds of an administration's own last. */
    public static int order(String kind) {
        int known = ORDER.indexOf(kind);
        return known < 0 ? ORDER.size() : known;
    }

    /** The kinds this application names, in list order. */
    public static List<Kind> known() {
        return ORDER.stream().map(kind -> new Kind(kind, name(kind))).toList();
    }

    public record Kind(String code, String name) {
    }

    public static String name(String kind) {
        return NAMES.getOrDefault(kind, kind);
    }
}
