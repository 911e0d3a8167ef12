package vn.congdoan.baocao.system;

import java.util.regex.Pattern;

/** What the application takes as an e-mail address: something@somewhere.tld, no blank, one @. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return ADDRESS.matcher(address).matches();
    }
}
