package io.battlesim.app.publish.web;

import io.battlesim.app.publish.card.CardUrls;
import io.battlesim.app.publish.card.ResultCards;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves result cards to TikTok (PULL_FROM_URL) and to the form's preview: 200 or 404 (the site's not-found page),
 * never a redirect, which TikTok treats as an invalid URL.
 */
@Controller
class CardController {

    private final ResultCards cards;

    CardController(ResultCards cards) {
        this.cards = cards;
    }

    @GetMapping("/cards/{token:" + CardUrls.TOKEN_PATTERN + "}.jpg")
    ResponseEntity<byte[]> card(@PathVariable String token) {
        return cards.jpeg(token)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(jpeg))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
