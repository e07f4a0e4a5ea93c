package io.battlesim.app.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot's error controller (the error pages), with two changes. Every error answer that is not a page is a problem
 * detail ({@code application/problem+json}), and so is every error of an API or webhook path even when the client
 * asks for HTML; the container's own errors (an unreadable form, a rejected upload) thus look like the
 * controllers'. And {@code /error} requested directly, which is no error at all, is a 404 rather than a 500.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class SiteErrorController extends BasicErrorController {

    private final JsonMapper json;

    SiteErrorController(
            ErrorAttributes errorAttributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> errorViewResolvers,
            JsonMapper json) {
        super(
                errorAttributes,
                web.getError(),
                errorViewResolvers.orderedStream().toList());
        this.json = json;
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public @Nullable ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!ProblemPaths.matches(failedPath(request))) {
            return super.errorHtml(request, response);
        }
        HttpStatus status = getStatus(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            json.writeValue(response.getOutputStream(), problem(status, request));
        } catch (IOException clientGone) {
            // nobody is left to read the answer
        }
        return null;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        // a preset content type is written whatever the client accepts
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, request));
    }

    /** Without the container's error status this is a direct request for {@code /error}: no such page. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    private static Map<String, Object> problem(HttpStatus status, HttpServletRequest request) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        String path = failedPath(request);
        if (path != null) {
            problem.put("instance", path);
        }
        return problem;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not support that method.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take a body of that Content-Type.";
            default -> status.is4xxClientError() ? "The request could not be handled." : ApiProblems.GENERIC_DETAIL;
        };
    }

    /** The path that failed (without the context path); null for a direct request to {@code /error}. */
    private static @Nullable String failedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path)) {
            return null;
        }
        String context = request.getContextPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
