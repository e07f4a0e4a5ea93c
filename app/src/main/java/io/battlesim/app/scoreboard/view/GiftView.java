package io.battlesim.app.scoreboard.view;

/**
 * One committed gift (one per streak): the {@code data} of a {@code gift} event and a line of the gift feed.
 *
 * @param sequence the battle update's sequence
 * @param sideId the side it counted for
 * @param nickname the sender's display name, untrusted text
 * @param giftName the gift's name, untrusted text
 * @param giftId the gift's id
 * @param count units
 * @param coins count times unit price
 * @param inferred whether the streak's end never came (finalised at its last count)
 * @param snipe whether it is a snipe (scored in the final seconds and turned the battle), as the final result says
 * @param icon the gift's icon, a path on this site
 * @param tier how big it is, for animations: {@code small}, {@code medium}, {@code big} or {@code huge}
 */
public record GiftView(
        long sequence,
        String sideId,
        String nickname,
        String giftName,
        int giftId,
        int count,
        long coins,
        boolean inferred,
        boolean snipe,
        String icon,
        String tier) {}
