package vn.congdoan.baocao.national;

/**
 * Where a delivered report stands at the national federation: waiting for its review, accepted, returned
 * with a reason, or refused on arrival by the national rules (its reason the refusal's message).
 */
public enum NationalReview {
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    REFUSED;

    /** Whether the province must amend its report before it is delivered again. */
    public boolean sendsBack() {
        return this == RETURNED || this == REFUSED;
    }
}
