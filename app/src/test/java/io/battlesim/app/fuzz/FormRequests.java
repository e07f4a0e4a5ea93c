package io.battlesim.app.fuzz;

import io.battlesim.app.fuzz.FuzzRequest.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages and their forms as a browser sends them, signed in and signed out, with the session's CSRF token so that
 * they reach the controllers: the start-battle form with its add buttons and indexed fields, the scoreboard's end and
 * booster forms, the share form (photo and video), the news form, the consent form, sign-out, disconnect and account
 * deletion; and the pages those forms live on, with mutated query parameters.
 */
final class FormRequests {

    private static final List<String> INDEXES =
            List.of("0", "1", "2", "3", "0", "1", "4", "5", "255", "256", "300", "5000", "-1", "2147483648", "x", "");
    private static final List<String> BOOSTERS =
            List.of("BOOSTING_GLOVE", "MAGIC_MIST", "STUN_HAMMER", "TIME_MAKER", "boosting_glove", "NOPE", "");

    private final Values values;
    private final FuzzWorld world;
    private final Parts parts;

    FormRequests(Values values, FuzzWorld world, Parts parts) {
        this.values = values;
        this.world = world;
        this.parts = parts;
    }

    FuzzRequest next() {
        return switch (values.between(0, 19)) {
            case 0, 1, 2, 3, 4, 5 -> battleForm();
            case 6, 7 -> control();
            case 8, 9, 10 -> share();
            case 11 -> news();
            case 12, 13 -> consent();
            case 14 -> leave();
            default -> page();
        };
    }

    private FuzzRequest battleForm() {
        Session session = values.pick(Session.VISITOR, Session.MEMBER, Session.NONE);
        List<String[]> fields = parts.csrf(session);
        int count = values.between(0, 12);
        for (int i = 0; i < count; i++) {
            fields.add(battleField());
        }
        if (values.chance(0.3)) {
            fields.add(new String[] {
                "add",
                values.pick("side", "creator-" + values.pick(INDEXES), "remove-" + values.pick(INDEXES), values.text())
            });
        }
        return post("/battles", session, fields);
    }

    private String[] battleField() {
        String side = values.pick(INDEXES);
        String creator = values.pick(INDEXES);
        return switch (values.between(0, 11)) {
            case 0, 1, 2 -> new String[] {"sides[" + side + "].creators[" + creator + "]", creatorName()};
            case 3 -> new String[] {"sides[" + side + "].label", values.text()};
            case 4 -> new String[] {"durationMinutes", values.number()};
            case 5 -> new String[] {"pointsPerLike", values.number()};
            case 6 -> new String[] {"onlyGiftId", values.pick("", "5655", values.number())};
            case 7 -> new String[] {"audiencePowerUps", values.pick(BOOSTERS)};
            case 8 -> new String[] {"source", values.pick("LIVE_API", "INGEST", "REPLAY", "live_api", values.text())};
            case 9 -> new String[] {"title", values.text()};
            case 10 ->
                new String[] {
                    values.pick(
                            "_audiencePowerUps",
                            "_sides[" + side + "].label",
                            "!title",
                            "sides",
                            "sides[" + side + "]"),
                    values.text()
                };
            default -> new String[] {values.text(), values.text()};
        };
    }

    private String creatorName() {
        return values.chance(0.7) ? values.username() : values.text();
    }

    /** The scoreboard's end and booster forms (plain or htmx). */
    private FuzzRequest control() {
        Session session = values.pick(Session.VISITOR, Session.MEMBER, Session.NONE);
        String battle = parts.id(values.pick(world.battleIds()), 0.8);
        List<String[]> fields = parts.csrf(session);
        String path;
        if (values.chance(0.3)) {
            path = "/battles/" + battle + "/end";
        } else {
            path = "/battles/" + battle + "/boosters";
            if (values.chance(0.9)) {
                fields.add(new String[] {"sideId", values.pick("s1", "s2", "s3", "", values.text())});
            }
            if (values.chance(0.9)) {
                fields.add(new String[] {"kind", values.pick(BOOSTERS)});
            }
        }
        FuzzRequest request = post(path, session, fields);
        if (values.chance(0.4)) {
            List<Header> headers = new ArrayList<>(request.headers());
            headers.add(new Header("HX-Request", "true"));
            return FuzzRequest.of("form", "POST", path, headers, request.body(), session);
        }
        return request;
    }

    /** The share form of the member's finished battle, as a photo post or a video upload. */
    private FuzzRequest share() {
        Session session = values.chance(0.9) ? Session.MEMBER : Session.VISITOR;
        String battle = parts.id(world.endedBattle(), 0.85);
        List<String[]> fields = parts.csrf(session);
        fields.add(
                new String[] {"idempotencyKey", values.chance(0.5) ? "fuzz-" + values.between(0, 50) : values.text()});
        addSome(
                fields,
                new String[] {"title", values.text()},
                new String[] {"description", values.text()},
                new String[] {"privacyLevel", values.pick("SELF_ONLY", "PUBLIC_TO_EVERYONE", "", values.text())},
                new String[] {"allowComment", values.pick("true", "on", "false", values.text())},
                new String[] {"allowDuet", values.pick("true", "on", values.text())},
                new String[] {"allowStitch", values.pick("true", "on", values.text())},
                new String[] {"disclose", values.pick("true", "false", values.text())},
                new String[] {"yourBrand", values.pick("true", "false", values.text())},
                new String[] {"brandedContent", values.pick("true", "false", values.text())});
        if (values.chance(0.6)) {
            return post("/publish/battles/" + battle + "/photo", session, fields);
        }
        Map<String, String> form = new LinkedHashMap<>();
        fields.forEach(field -> form.put(field[0], field[1]));
        String boundary = "share" + values.between(0, 1_000_000);
        byte[] video = values.pick(
                new byte[0],
                "not a video".getBytes(StandardCharsets.UTF_8),
                new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'},
                values.text().getBytes(StandardCharsets.UTF_8));
        byte[] body = parts.damageMultipart(Parts.multipart(boundary, form, "video", video));
        List<Header> headers = pageHeaders();
        headers.add(new Header("Content-Type", "multipart/form-data; boundary=" + boundary));
        if (values.chance(0.5)) {
            headers.add(new Header("X-XSRF-TOKEN", world.browser(session).xsrfCookie()));
        }
        return FuzzRequest.of("form", "POST", "/publish/battles/" + battle + "/video", headers, body, session);
    }

    /** The news form is a GET form: its fields are the query. */
    private FuzzRequest news() {
        List<String[]> fields = new ArrayList<>();
        addSome(
                fields,
                new String[] {"headline", values.text()},
                new String[] {"summary", values.text()},
                new String[] {"source", values.text()},
                new String[] {"brand", values.text()},
                new String[] {"language", values.pick("en", "de", "es", "xx", values.text())},
                new String[] {"category", values.text()},
                new String[] {"tags", values.text()});
        return get("/publish/news?" + Parts.form(fields), values.pick(Session.MEMBER, Session.MEMBER, Session.VISITOR));
    }

    private FuzzRequest consent() {
        Session session = values.pick(Session.CONSENTING, Session.CONSENTING, Session.VISITOR, Session.MEMBER);
        List<String[]> fields = parts.csrf(session);
        addSome(
                fields,
                new String[] {"ageConfirmed", values.pick("true", "false", "on", "", values.text())},
                new String[] {"consentAccepted", values.pick("true", "false", "on", "", values.text())},
                new String[] {"decision", values.pick("accept", "cancel", "", values.text())});
        return post("/auth/consent", session, fields);
    }

    /** Sign-out, disconnect and account deletion, sent as the creator who may leave (then signed out). */
    private FuzzRequest leave() {
        Session session = values.chance(0.8) ? Session.LEAVER : Session.VISITOR;
        String path = values.pick("/logout", "/logout", "/auth/disconnect", "/account/delete");
        return post(path, session, parts.csrf(session));
    }

    /** The pages the forms live on (never the event streams, which stay open). */
    private FuzzRequest page() {
        String battle = parts.id(values.pick(world.battleIds()), 0.8);
        String query = values.chance(0.5) ? "?" + Parts.form(randomFields()) : "";
        String path = values.pick(
                "/",
                "/battles",
                "/battles/new",
                "/battles/" + battle,
                "/battles/" + battle + "/connections",
                "/overlay/" + parts.id(world.overlayToken(), 0.7),
                "/publish/jobs",
                "/publish/jobs/" + parts.id(world.jobId(), 0.6),
                "/publish/battles/" + parts.id(world.endedBattle(), 0.7),
                "/auth/tiktok/callback",
                "/auth/consent",
                "/cards/" + Parts.segment(values.text()) + ".jpg",
                "/privacy",
                "/no-such-page/" + Parts.segment(values.text()));
        return get(path + query, values.pick(Session.NONE, Session.VISITOR, Session.MEMBER));
    }

    private List<String[]> randomFields() {
        List<String[]> fields = new ArrayList<>();
        int count = values.between(1, 4);
        for (int i = 0; i < count; i++) {
            String name = values.pick("media", "theme", "scale", "code", "state", "error", "status", "page", "x");
            fields.add(new String[] {values.chance(0.8) ? name : values.text(), values.text()});
        }
        return fields;
    }

    private void addSome(List<String[]> fields, String[]... candidates) {
        for (String[] candidate : candidates) {
            if (values.chance(0.75)) {
                fields.add(candidate);
            }
        }
        if (values.chance(0.1)) {
            fields.add(new String[] {values.text(), values.text()});
        }
    }

    private FuzzRequest post(String path, Session session, List<String[]> fields) {
        List<Header> headers = pageHeaders();
        headers.add(new Header(
                "Content-Type", values.chance(0.95) ? "application/x-www-form-urlencoded" : parts.wrongContentType()));
        byte[] body = Parts.form(fields).getBytes(StandardCharsets.UTF_8);
        return FuzzRequest.of("form", values.chance(0.03) ? "PUT" : "POST", path, headers, body, session);
    }

    private FuzzRequest get(String pathAndQuery, Session session) {
        return FuzzRequest.of("page", "GET", pathAndQuery, pageHeaders(), new byte[0], session);
    }

    private List<Header> pageHeaders() {
        List<Header> headers = new ArrayList<>();
        String accept = parts.pageAccept();
        if (!accept.isEmpty()) {
            headers.add(new Header("Accept", accept));
        }
        return headers;
    }
}
