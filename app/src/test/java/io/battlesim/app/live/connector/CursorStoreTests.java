package io.battlesim.app.live.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The {@code live_cursor} table against real databases: H2 always, PostgreSQL when it answers. */
class CursorStoreTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends CursorsContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends CursorsContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class CursorsContract {

        private final Optional<Database> database;

        CursorsContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterAll
        void dropDatabase() {
            database.ifPresent(Database::close);
        }

        private CursorStore cursors() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return new CursorStore(database.orElseThrow().jdbc());
        }

        @Test
        void keepsTheLatestCursorOfEachRoom() {
            CursorStore cursors = cursors();

            cursors.save("battle-1", "room-a", 10);
            cursors.save("battle-1", "room-b", 3);
            cursors.save("battle-1", "room-a", 42);
            cursors.save("battle-2", "room-a", 7);

            assertThat(cursors.load("battle-1")).isEqualTo(Map.of("room-a", 42L, "room-b", 3L));
            assertThat(cursors.load("battle-2")).isEqualTo(Map.of("room-a", 7L));
        }

        @Test
        void followsAStreamThatNumbersFromOneAgain() {
            CursorStore cursors = cursors();

            cursors.save("battle-3", "room-a", 5_000);
            cursors.save("battle-3", "room-a", 12);

            assertThat(cursors.load("battle-3")).containsEntry("room-a", 12L);
        }

        @Test
        void forgetsTheCursorsOfAFinishedBattle() {
            CursorStore cursors = cursors();
            cursors.save("battle-4", "room-a", 1);
            cursors.save("battle-5", "room-a", 1);

            cursors.delete("battle-4");

            assertThat(cursors.load("battle-4")).isEmpty();
            assertThat(cursors.load("battle-5")).isNotEmpty();
        }
    }
}
