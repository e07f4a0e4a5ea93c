package io.battlesim.app.auth.account;

import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TokenSet;
import io.battlesim.tiktok.client.UserField;
import io.battlesim.tiktok.client.UserInfo;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads the profile fields the app keeps from {@code /v2/user/info/}. */
@Component
class TikTokProfiles {

    private final TikTokClient client;

    TikTokProfiles(TikTokClient client) {
        this.client = client;
    }

    TikTokProfile fetch(TokenSet tokens) {
        Set<UserField> fields = EnumSet.of(
                UserField.OPEN_ID,
                UserField.UNION_ID,
                UserField.AVATAR_URL,
                UserField.AVATAR_URL_100,
                UserField.DISPLAY_NAME);
        if (tokens.hasScope(UserField.USERNAME.scope())) {
            fields.add(UserField.USERNAME);
        }
        UserInfo info = client.display().userInfo(tokens.accessToken(), fields);
        if (info.openId() != null && !info.openId().equals(tokens.openId())) {
            throw new IllegalStateException("TikTok returned the profile of another open_id than the token's");
        }
        String username = blankToNull(info.username());
        return new TikTokProfile(
                tokens.openId(),
                blankToNull(info.unionId()),
                displayName(info.displayName(), username),
                webUrl(info.avatarUrl100() != null ? info.avatarUrl100() : info.avatarUrl()),
                username);
    }

    private static String displayName(@Nullable String displayName, @Nullable String username) {
        if (displayName != null && !displayName.isBlank()) {
            return displayName.strip();
        }
        return username != null ? username : "TikTok user";
    }

    /** Only http(s) URLs are ever rendered as an image source. */
    private static @Nullable String webUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
