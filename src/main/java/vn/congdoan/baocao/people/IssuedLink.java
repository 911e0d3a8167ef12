package vn.congdoan.baocao.people;

/**
 * A set-password link as the administrator learns of it.
 *
 * @param mailedTo where it was mailed, or null
 * @param url      the link itself when it was not mailed, for the administrator to hand over; null when mailed
 */
public record IssuedLink(String userId, String mailedTo, String url, String note) {
}
