package io.battlesim.app.tiktok;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns unusable TikTok settings into a short start-up report instead of a stack trace. */
class InvalidTikTokSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTikTokSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidTikTokSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
