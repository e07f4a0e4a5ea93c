package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.publish.PublishSettings;
import io.battlesim.app.publish.card.ResultCards;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.Quota;
import io.battlesim.app.publish.job.Quotas;
import io.battlesim.app.publish.job.TikTokFailures;
import io.battlesim.app.publish.template.BattleResult;
import io.battlesim.app.publish.template.PostStyle;
import io.battlesim.app.publish.template.PostTemplates;
import io.battlesim.app.publish.template.PostText;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the share page: who may share which battle, the creator's fresh settings, the quota, the media. */
@Component
class SharePages {

    static final String MUSIC_USAGE_URL = "https://www.tiktok.com/legal/page/global/music-usage-confirmation/en";
    static final String BRANDED_CONTENT_URL = "https://www.tiktok.com/legal/page/global/bc-policy/en";

    private final BattleManagement battles;
    private final TikTokClient tiktok;
    private final TikTokAccessTokens tokens;
    private final ResultCards cards;
    private final Quotas quotas;
    private final PublishSettings settings;
    private final boolean emulator;
    private final Clock clock;

    SharePages(
            BattleManagement battles,
            TikTokClient tiktok,
            TikTokAccessTokens tokens,
            ResultCards cards,
            Quotas quotas,
            PublishSettings settings,
            TikTokConnection connection,
            ObjectProvider<Clock> clock) {
        this.battles = battles;
        this.tiktok = tiktok;
        this.tokens = tokens;
        this.cards = cards;
        this.quotas = quotas;
        this.settings = settings;
        this.emulator = connection.mode() == TikTokMode.EMULATOR;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The ended battle the user may share: their own (or, in emulator mode, a demo battle without owner). */
    BattleView shareableBattle(String battleId, SignedInUser user) {
        BattleView battle = battles.find(battleId)
                .orElseThrow(() -> new SharePageException(HttpStatus.NOT_FOUND, "There is no such battle."));
        Long owner = battle.setup().ownerUserId();
        boolean mine = owner != null && owner == user.id();
        if (!mine && !(emulator && owner == null)) {
            throw new SharePageException(HttpStatus.FORBIDDEN, "Only the creator who ran this battle can share it.");
        }
        if (battle.status() != BattleStatus.ENDED) {
            throw new SharePageException(HttpStatus.CONFLICT, "Share the battle once it has ended.");
        }
        return battle;
    }

    /** A fresh creator_info (TikTok asks for one each time the post screen opens), or a page saying why not. */
    CreatorView creator(SignedInUser user) {
        String token = tokens.forUser(user.id())
                .orElseThrow(() -> new SharePageException(
                        HttpStatus.CONFLICT, "Your TikTok connection expired or was removed. Connect TikTok again."));
        try {
            return CreatorView.of(tiktok.contentPosting().creatorInfo(token), settings.audited());
        } catch (TikTokApiException e) {
            throw new SharePageException(
                    HttpStatus.CONFLICT,
                    "TikTok does not allow posting right now: "
                            + TikTokFailures.of(e, clock.instant(), null).message());
        } catch (TikTokException e) {
            throw new SharePageException(
                    HttpStatus.SERVICE_UNAVAILABLE, "TikTok could not be reached. Try again in a few minutes.");
        }
    }

    /** Why the creator may not post now by our own count of TikTok's limits; empty when they may. */
    List<String> quotaProblems(SignedInUser user) {
        Quota quota = quotas.of(user.openId());
        if (quota.allowsPost()) {
            return List.of();
        }
        var next = Objects.requireNonNull(quota.nextPostAt());
        return List.of(
                quota.postsLeft() <= 0
                        ? TikTokFailures.dailyCap(next).message()
                        : TikTokFailures.rateLimited(next).message());
    }

    String cardToken(BattleView battle) {
        return cards.tokenFor(battle.id());
    }

    /** The form as it opens: generated, editable text; nothing chosen. */
    ShareForm initialForm(BattleView battle, MediaKind kind) {
        BattleResult result = BattleResult.of(battle);
        PostText text =
                kind == MediaKind.PHOTO ? PostTemplates.photo(result, style()) : PostTemplates.video(result, style());
        return ShareForm.initial(UUID.randomUUID().toString(), text.title(), text.description());
    }

    /** Fills the model of {@code publish/share} and returns the view name. */
    String form(
            Model model, SignedInUser user, BattleView battle, MediaKind kind, ShareForm form, List<String> problems) {
        model.addAttribute("battle", battle);
        model.addAttribute("media", kind.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("creator", creator(user));
        model.addAttribute("quota", quotas.of(user.openId()));
        model.addAttribute(
                "quotaProblem", quotaProblems(user).stream().findFirst().orElse(null));
        model.addAttribute("settings", settings);
        model.addAttribute("cardUrl", "/cards/" + cardToken(battle) + ".jpg");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "titleMax", kind == MediaKind.PHOTO ? PostTemplates.PHOTO_TITLE_MAX : PostTemplates.VIDEO_CAPTION_MAX);
        model.addAttribute("descriptionMax", PostTemplates.PHOTO_DESCRIPTION_MAX);
        model.addAttribute("musicUsageUrl", MUSIC_USAGE_URL);
        model.addAttribute("brandedContentUrl", BRANDED_CONTENT_URL);
        return "publish/share";
    }

    private PostStyle style() {
        return new PostStyle(settings.brand(), settings.language(), settings.category(), settings.tags());
    }
}
