package io.battlesim.app.tiktok;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Selects the emulator or real-TikTok configuration from {@code app.tiktok.client-key}. */
final class TikTokModeConditions {

    private TikTokModeConditions() {}

    static TikTokMode mode(ConditionContext context) {
        String clientKey = context.getEnvironment().getProperty("app.tiktok.client-key", "");
        return clientKey.isBlank() ? TikTokMode.EMULATOR : TikTokMode.REAL;
    }

    static final class OnEmulator implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return mode(context) == TikTokMode.EMULATOR;
        }
    }

    static final class OnReal implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return mode(context) == TikTokMode.REAL;
        }
    }
}
