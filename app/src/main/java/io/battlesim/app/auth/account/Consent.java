package io.battlesim.app.auth.account;

import java.time.Instant;
import java.util.Objects;

/**
 * What a first-time user agreed to and when: they are 13 or older, and accept the data use described by the
 * privacy notice of {@code version}.
 */
public record Consent(Instant ageConfirmedAt, Instant consentAt, String version) {

    public Consent {
        Objects.requireNonNull(ageConfirmedAt, "ageConfirmedAt must not be null");
        Objects.requireNonNull(consentAt, "consentAt must not be null");
        Objects.requireNonNull(version, "version must not be null");
    }
}
