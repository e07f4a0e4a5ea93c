package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.auth.account.AccountManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out browser sessions whose user no longer exists, e.g. after "delete all my data" in another browser:
 * a deleted account must not keep being shown or used anywhere.
 */
class DeletedUserFilter extends OncePerRequestFilter {

    private final AccountManagement accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    DeletedUserFilter(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && !(authentication instanceof BearerSessionFilter.BearerSessionAuthentication)
                && accounts.find(user.id()).isEmpty()) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}
