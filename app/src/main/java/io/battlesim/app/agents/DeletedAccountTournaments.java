package io.battlesim.app.agents;

import io.battlesim.app.auth.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "Delete all my data" stops the user's queued or running tournament (nobody could follow or cancel it any more).
 * Their tournaments stay, like their battles, for the agents' ratings they fed: the foreign key forgets the owner.
 */
@Component
class DeletedAccountTournaments {

    private final TournamentService tournaments;

    DeletedAccountTournaments(TournamentService tournaments) {
        this.tournaments = tournaments;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        tournaments.cancelAllOf(deleted.userId());
    }
}
