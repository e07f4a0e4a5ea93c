package io.battlesim.app.auth.account;

/** A first-time user has not confirmed their age and accepted the data use, so nothing was stored. */
public final class ConsentRequiredException extends RuntimeException {

    private final String openId;

    ConsentRequiredException(String openId) {
        super("First sign-in needs age confirmation (13+) and consent to the data use in the privacy notice");
        this.openId = openId;
    }

    /** Whose consent is missing. */
    public String openId() {
        return openId;
    }
}
