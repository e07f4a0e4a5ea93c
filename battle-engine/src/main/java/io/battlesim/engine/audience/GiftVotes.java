package io.battlesim.engine.audience;

/**
 * Gift-weighted votes: a committed gift counts as votes for the side it went to, one per {@code coinsPerVote}
 * coins (at least one), at most {@code maxVotesPerGift}, so one whale cannot drown out a thousand viewers.
 *
 * @param coinsPerVote coins worth one vote, 1 to 1,000,000
 * @param maxVotesPerGift the cap for one gift (one committed streak), 1 to 1,000
 */
public record GiftVotes(long coinsPerVote, int maxVotesPerGift) {

    public GiftVotes {
        if (coinsPerVote < 1 || coinsPerVote > 1_000_000) {
            throw new IllegalArgumentException("coinsPerVote must be 1 to 1,000,000 but was " + coinsPerVote);
        }
        if (maxVotesPerGift < 1 || maxVotesPerGift > 1_000) {
            throw new IllegalArgumentException("maxVotesPerGift must be 1 to 1,000 but was " + maxVotesPerGift);
        }
    }

    /** The votes a gift of {@code coins} coins is worth. */
    public long votesFor(long coins) {
        return Math.min(maxVotesPerGift, Math.max(1, coins / coinsPerVote));
    }
}
