package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox creators' {@link CreatorProfile}s, and which accounts are private: the switch in TikTok's "Settings
 * and privacy → Privacy → Private account". TikTok refuses an unaudited (or sandbox) client's post to a public
 * account, so sandbox target accounts are usually private: here all are except {@link #PUBLIC_BY_DEFAULT}, which
 * show that refusal (and the public options to an audited app). Thread-safe.
 */
final class CreatorProfiles {

    /** The accounts that start public. */
    static final List<String> PUBLIC_BY_DEFAULT = List.of("kai.games", "luna.sings");

    private final SandboxAccounts accounts;
    private final Set<String> publicOpenIds = ConcurrentHashMap.newKeySet();

    CreatorProfiles(SandboxAccounts accounts) {
        this.accounts = accounts;
        PUBLIC_BY_DEFAULT.forEach(
                username -> accounts.find(username).ifPresent(account -> publicOpenIds.add(account.openId())));
    }

    CreatorProfile profile(SandboxAccount account) {
        return CreatorProfile.of(accounts.all(), account, isPrivate(account));
    }

    boolean isPrivate(SandboxAccount account) {
        return !publicOpenIds.contains(account.openId());
    }

    void setPrivate(SandboxAccount account, boolean privateAccount) {
        if (privateAccount) {
            publicOpenIds.remove(account.openId());
        } else {
            publicOpenIds.add(account.openId());
        }
    }
}
