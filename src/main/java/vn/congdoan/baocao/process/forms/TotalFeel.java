package vn.congdoan.baocao.process.forms;

import java.util.List;

/**
 * The FEEL of a row's total as the unit types: the cells as numbers (a blank or a text that is no
 * number counts as nothing; 1.234.567 is read as Vietnamese write it), summed or the last one, and
 * written with a dot between thousands. The server checks every figure again on save.
 */
final class TotalFeel {

    private TotalFeel() {
    }

    static String sum(List<String> cells) {
        return "sum((for c in [" + String.join(", ", cells) + "] return " + figure("c") + ")[item != null])";
    }

    static String last(List<String> cells) {
        return figure(cells.get(cells.size() - 1));
    }

    /** The number in a cell: a stored number, or digits as typed, with dots between thousands allowed. */
    static String figure(String cell) {
        return "if " + cell + " = null or " + cell + " = \"\" then null else number(replace(string(" + cell + "), \"\\.(\\d{3})\", \"$1\"))";
    }

    /** 1234567 as "1.234.567"; nothing for no number. */
    static String formatted(String number) {
        return "{t: " + number + ", s: string(t), n: string length(s), h: modulo(n - 1, 3) + 1, out: if t = null"
                + " then \"\" else if n <= 3 then s else substring(s, 1, h) + string join(for i in 1..((n - h) / 3)"
                + " return \".\" + substring(s, h + 3 * i - 2, 3), \"\")}.out";
    }
}
