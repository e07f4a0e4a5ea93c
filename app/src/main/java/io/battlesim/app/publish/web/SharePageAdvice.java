package io.battlesim.app.publish.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A share page that cannot be shown becomes a readable page saying why, with the status the exception names. */
@ControllerAdvice(assignableTypes = {ShareController.class, RetryController.class})
class SharePageAdvice {

    @ExceptionHandler(SharePageException.class)
    String unavailable(SharePageException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("battleId", e.battleId());
        return "publish/unavailable";
    }
}
