package io.battlesim.app.battle;

import io.battlesim.app.auth.AccountDeleted;
import io.battlesim.app.battle.persistence.BattleRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets the owner of a deleted account's battles (in the deleting transaction; the foreign key's ON DELETE SET
 * NULL does the same in the database) so their battles stay in the history without a link to the person.
 */
@Component
class BattleOwners {

    private final BattleRepository repository;
    private final RunningBattles running;

    BattleOwners(BattleRepository repository, RunningBattles running) {
        this.repository = repository;
        this.running = running;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        repository.detachOwner(deleted.userId());
        running.detachOwner(deleted.userId());
    }
}
