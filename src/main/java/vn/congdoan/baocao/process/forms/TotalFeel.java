package vn.congdoan.baocao.process.forms;

/**
 * The FEEL of a row's total as the unit types: the cells as numbers (a blank or a text that is no
 * number counts as nothing; 1.234.567 is read as Vietnamese write it), summed or the last one, and
 * written with a dot between thousands. The server checks every figure again on save.
 */
final class TotalFeel {

    private TotalFeel() {
    }

    /** The sum of a row's cells, whichever periods the cycle has: its entries are its cells. */
    static String sum(String row) {
        return "sum((for c in get entries(" + row + ").value return " + figure("c") + ")[item != null])";
    }

    /**
     * The number in a cell: a stored number, or digits as typed, with dots between thousands allowed;
     * null for a blank (number of an empty text, or of nothing, is null).
     */
    static String figure(String cell) {
        return "number(replace(string(" + cell + "), \"\\.(\\d{3})\", \"$1\"))";
    }

    /**
     * 1234567 as "1.234.567"; nothing for no number. Short on purpose: form-js parses every template
     * of the form again on each keystroke, and the totals are most of the form's FEEL.
     */
    static String formatted(String number) {
        return "replace(string(" + number + "), \"(\\d)(?=(\\d{3})+$)\", \"$1.\")";
    }
}
