package io.battlesim.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.AppUser;
import io.battlesim.app.auth.account.ConsentAnswers;
import io.battlesim.app.auth.token.TokenVault;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TokenSet;
import io.battlesim.tiktok.emulator.GiftCommand;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

/** Battles and lookups on behalf of a signed-in owner use the owner's own TikTok access token, refreshed in time. */
class OwnerTokensIntegrationTests extends LiveIntegrationTestSupport {

    @Autowired
    TikTokClient client;

    @Autowired
    TikTokSettings settings;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TokenVault vault;

    @Autowired
    TikTokAccessTokens accessTokens;

    @Autowired
    RoomDirectory directory;

    @Autowired
    LiveConnections connections;

    private TokenSet issued;
    private AppUser owner;

    @BeforeEach
    void signInAsLeo() {
        issued = approveAndExchange("leo.beats");
        owner = accounts.signInWithConsent(issued, new ConsentAnswers(true, true));
    }

    @AfterEach
    void deleteOwner() {
        accounts.delete(owner.id());
    }

    @Test
    void handsOutTheOwnersCurrentToken() {
        assertThat(accessTokens.forUser(owner.id())).contains(issued.accessToken());
        assertThat(accessTokens.forUser(owner.id() + 10_000)).isEmpty();
    }

    @Test
    void refreshesATokenAboutToExpireFirst() {
        vault.store(owner.id(), expiringIn(issued, Duration.ofSeconds(30)));

        String fresh = accessTokens.forUser(owner.id()).orElseThrow();

        assertThat(fresh).isNotEqualTo(issued.accessToken());
        assertThat(emulator.live().authenticate(fresh)).isTrue();
        assertThat(vault.find(owner.id(), owner.openId()).orElseThrow().tokens().accessToken())
                .isEqualTo(fresh);
    }

    @Test
    void handsOutNothingOnceTheConnectionExpired() {
        vault.markExpired(owner.id());

        assertThat(accessTokens.forUser(owner.id())).isEmpty();
    }

    @Test
    void looksRoomsUpAndFollowsTheOwnersBattleWithTheOwnersToken() {
        assertThat(directory.lookup("mia.moves", owner.id())).isInstanceOf(RoomLookup.Live.class);
        BattleView battle = battles.create(new BattleSetup(
                "Owned",
                List.of(
                        new SideSetup("Mia", List.of(binding("mia.moves"))),
                        new SideSetup("Luna", List.of(binding("luna.sings")))),
                BattleRules.defaults(),
                SourceKind.LIVE_API,
                owner.id()));
        battles.start(battle.id());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(connections.status(battle.id()))
                        .extracting(ConnectionStatus::state)
                        .containsOnly(ConnectionState.CONNECTED));
        emulator.live().sendGift("luna.sings", new GiftCommand("Luna Fan", "Hand Hearts", 2));

        awaitScore(battle.id(), 1, 200);
        battles.end(battle.id());
    }

    private TokenSet approveAndExchange(String username) {
        Pkce pkce = Pkce.generate(PkceEncoding.HEX);
        URI authorize = client.oauth()
                .authorizationUrl(new AuthorizationRequest(
                        settings.redirectUri(), settings.scopeSet(), "state-" + username, pkce));
        URI callback = emulator.approve(authorize, username);
        String code =
                UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");
        return client.oauth()
                .exchangeCode(URLDecoder.decode(code, StandardCharsets.UTF_8), settings.redirectUri(), pkce.verifier());
    }

    private static TokenSet expiringIn(TokenSet tokens, Duration left) {
        return new TokenSet(
                tokens.openId(),
                tokens.accessToken(),
                Instant.now().plus(left),
                tokens.refreshToken(),
                tokens.refreshTokenExpiresAt(),
                tokens.scopes(),
                tokens.tokenType());
    }
}
