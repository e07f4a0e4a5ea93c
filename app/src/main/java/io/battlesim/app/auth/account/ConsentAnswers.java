package io.battlesim.app.auth.account;

/**
 * The two boxes a first-time user must tick.
 *
 * @param ageConfirmed "I am 13 or older"
 * @param dataUseAccepted "I agree to the data use described in the privacy notice"
 */
public record ConsentAnswers(boolean ageConfirmed, boolean dataUseAccepted) {

    /** True when both boxes are ticked. */
    public boolean complete() {
        return ageConfirmed && dataUseAccepted;
    }
}
