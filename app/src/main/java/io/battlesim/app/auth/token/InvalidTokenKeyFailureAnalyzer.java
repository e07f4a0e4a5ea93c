package io.battlesim.app.auth.token;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable token encryption key into a short start-up report instead of a stack trace. */
class InvalidTokenKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTokenKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidTokenKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
