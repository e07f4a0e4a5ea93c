package io.battlesim.app.fuzz;

/** Who a request is sent as: which cookie jar (and so which session and CSRF token) goes with it. */
enum Session {
    /** No cookies at all, as a script or a connector. */
    NONE,
    /** A visitor who opened the pages but is not signed in. */
    VISITOR,
    /** The signed-in creator who owns the battles and the publish job. */
    MEMBER,
    /** A second signed-in creator, the one the sign-out, disconnect and delete-account forms are sent as. */
    LEAVER,
    /** A first-time user who approved on TikTok and has yet to answer the consent page. */
    CONSENTING
}
