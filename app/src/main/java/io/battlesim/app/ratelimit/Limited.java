package io.battlesim.app.ratelimit;

/** What is rate-limited, each with the name of its policy and words for the refusal's detail. */
public enum Limited {
    SIGN_IN("sign-in", "sign-in requests from your address"),
    AUTHENTICATION_FAILURES(
            "authentication-failures",
            "failed authentication attempts (wrong or missing key, token or signature) from your address"),
    API("api", "API requests"),
    ANONYMOUS_BATTLE_CREATION("anonymous-battle-creation", "battles created without signing in from your address"),
    BATTLE_CREATION("battle-creation", "battles created by your account"),
    INGEST("ingest", "ingest requests for this battle"),
    VOTES("votes", "audience votes from your address");

    private final String policyName;
    private final String what;

    Limited(String policyName, String what) {
        this.policyName = policyName;
        this.what = what;
    }

    /** The policy's name: settings key, metric tag, bucket namespace. */
    public String policyName() {
        return policyName;
    }

    /** What was limited, for a client to read ("sign-in requests from your address"). */
    public String what() {
        return what;
    }
}
