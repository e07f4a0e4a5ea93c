package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.RoomBinding;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

class SharedRoomsTests {

    private static final RoomBinding MIA = new RoomBinding("mia.moves", "room-mia", "id-mia", List.of("id-noah"));
    private static final RoomBinding NOAH = RoomBinding.host("noah.laughs", "room-noah", "id-noah");
    private static final RoomBinding LEO = RoomBinding.host("leo.beats", "room-leo", "id-leo");

    private final Errors errors = new MapBindingResult(new HashMap<>(), "battleForm");

    @Test
    void explainsAGuestInTheOpponentsLiveOnTheLaterField() { // GH-15
        SharedRooms.reject(List.of(placed(0, NOAH), placed(1, MIA)), errors);

        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField, FieldError::getDefaultMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "sides[1].creators[0]",
                        "@noah.laughs is a guest in @mia.moves's LIVE right now, so both would score the same gifts:"
                                + " pick another creator."));
    }

    @Test
    void asksToLeaveOneOutOfATeamThatSharesALive() { // GH-15
        SharedRooms.reject(List.of(placed(0, MIA), new BattleSetups.Placed("sides[0].creators[1]", 0, NOAH)), errors);

        assertThat(errors.getFieldError("sides[0].creators[1]").getDefaultMessage())
                .isEqualTo("@noah.laughs is a guest in @mia.moves's LIVE right now, so gifts in that LIVE already"
                        + " count for this side: leave one of them out.");
    }

    @Test
    void namesTwoCreatorsFoundInTheSameRoom() { // GH-15
        RoomBinding sameRoom = RoomBinding.host("mia.alt", "room-mia", "id-mia-alt");

        SharedRooms.reject(List.of(placed(0, MIA), placed(1, sameRoom)), errors);

        assertThat(errors.getFieldError("sides[1].creators[0]").getDefaultMessage())
                .startsWith("@mia.moves and @mia.alt are in the same LIVE right now");
    }

    @Test
    void letsCreatorsInTheirOwnRoomsBattle() {
        SharedRooms.reject(List.of(placed(0, MIA), placed(1, LEO)), errors);

        assertThat(errors.hasErrors()).isFalse();
    }

    private static BattleSetups.Placed placed(int side, RoomBinding room) {
        return new BattleSetups.Placed("sides[" + side + "].creators[0]", side, room);
    }
}
