package io.battlesim.app.auth;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds {@code currentUser} (the {@link SignedInUser}, or null when signed out) to the model of every page. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    @Nullable
    SignedInUser currentUser() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
