package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.auth.account.AppUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a user in to (and out of) the browser session, the way Spring Security's own login does. */
@Component
class SessionSignIn {

    static final List<SimpleGrantedAuthority> USER_ROLE = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignIn(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    static Authentication authenticationOf(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, USER_ROLE);
    }

    /** Puts the user in a new security context, saved in the session under a new session id. */
    void signIn(AppUser user, HttpServletRequest request, HttpServletResponse response) {
        // A new session id after authentication defeats session fixation.
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authenticationOf(user.toSignedInUser()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Ends the browser session and clears the security context. */
    void signOut(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, holder.getContext().getAuthentication());
    }
}
