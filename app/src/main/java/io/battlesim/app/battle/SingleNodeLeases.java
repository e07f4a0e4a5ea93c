package io.battlesim.app.battle;

import io.battlesim.app.cluster.OnClusterMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** A single node runs every battle: every claim succeeds, unfenced, and no other node exists. */
@Component
@OnClusterMode(false)
class SingleNodeLeases implements BattleLeases {

    private static final OptionalLong UNFENCED = OptionalLong.of(NO_FENCE);

    @Override
    public OptionalLong acquire(String battleId) {
        return UNFENCED;
    }

    @Override
    public boolean renew(String battleId, long token) {
        return true;
    }

    @Override
    public void release(String battleId, long token) {
        // nothing to give up
    }

    @Override
    public Optional<String> ownerUrl(String battleId) {
        return Optional.empty();
    }

    @Override
    public List<String> orphans() {
        return List.of();
    }

    @Override
    public void heartbeat() {
        // nobody listens
    }

    @Override
    public boolean clustered() {
        return false;
    }
}
