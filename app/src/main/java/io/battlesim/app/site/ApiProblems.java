package io.battlesim.app.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns an exception into the problem detail a client may see. Only messages written for clients are used
 * (validation messages, Spring's own problem bodies, {@link ResponseStatus#reason()}); an exception's message is
 * never copied, so nothing internal leaks.
 */
final class ApiProblems {

    static final String GENERIC_DETAIL = "An unexpected error occurred. Please try again later.";

    private ApiProblems() {}

    static ProblemDetail of(Exception exception) {
        return switch (exception) {
            case MethodArgumentNotValidException invalid -> invalidFields(invalid);
            case HandlerMethodValidationException invalid -> invalidParameters(invalid);
            case HttpMessageNotReadableException unreadable -> malformedBody();
            case NoResourceFoundException notFound -> notFound(notFound);
            case ErrorResponse errorResponse -> errorResponse.getBody();
            case MultipartException unreadable -> malformedMultipart();
            case ClientAbortException cutShort -> unreadableBody();
            case BadRequestException broken -> unreadableBody();
            case InvalidParameterException undecodable -> undecodableParameters(undecodable);
            case InvalidPropertyException unknownField -> unknownField();
            case TypeMismatchException mismatch -> wrongType(mismatch);
            default -> fromResponseStatusAnnotation(exception);
        };
    }

    private static ProblemDetail invalidFields(MethodArgumentNotValidException exception) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(ApiProblems::fieldError)
                .toList();
        String fields = String.join(
                ", ",
                errors.stream().map(error -> error.get("field")).distinct().toList());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid value for: " + fields + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(FieldError error) {
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        return Map.of("field", error.getField(), "message", message);
    }

    private static ProblemDetail invalidParameters(HandlerMethodValidationException exception) {
        List<String> names = exception.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName())
                .map(name -> name == null ? "parameter" : name)
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Invalid value for: " + String.join(", ", names) + ".");
        problem.setTitle("Invalid request");
        return problem;
    }

    private static ProblemDetail malformedBody() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON of the expected shape.");
        problem.setTitle("Malformed request body");
        return problem;
    }

    /** A multipart body the container could not parse: truncated, a wrong boundary, too many parts. */
    private static ProblemDetail malformedMultipart() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The multipart body could not be read: it is truncated, its boundary is wrong or it has too many"
                        + " parts.");
        problem.setTitle("Malformed multipart body");
        return problem;
    }

    /**
     * A body read straight from the request (webhooks, ingest, replays) that ended before its Content-Length or whose
     * chunked encoding is broken.
     */
    private static ProblemDetail unreadableBody() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request body could not be read: it ended before its Content-Length, or its chunked encoding is"
                        + " broken.");
        problem.setTitle("Unreadable request body");
        return problem;
    }

    /** Tomcat refused to decode the query string or form (a stray %, too many or too large parameters). */
    private static ProblemDetail undecodableParameters(InvalidParameterException exception) {
        HttpStatus status = HttpStatus.resolve(exception.getErrorCode());
        if (status == null || !status.is4xxClientError()) {
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                "The query string or form could not be decoded: a % must be followed by two hex digits, and"
                        + " parameters must stay within the size limits.");
        problem.setTitle("Malformed parameters");
        return problem;
    }

    /** A parameter or path variable that does not convert to its type (letters for a number, an unknown name). */
    private static ProblemDetail wrongType(TypeMismatchException mismatch) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Invalid value for: " + (name == null ? "a parameter" : name) + ".");
        problem.setTitle("Invalid request");
        return problem;
    }

    /** Data binding met a parameter naming a property path the form does not have (an index out of range). */
    private static ProblemDetail unknownField() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request names a field that does not exist or is out of range.");
        problem.setTitle("Invalid field");
        return problem;
    }

    private static ProblemDetail notFound(NoResourceFoundException exception) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "There is no API endpoint " + exception.getHttpMethod() + " /" + exception.getResourcePath() + ".");
    }

    private static ProblemDetail fromResponseStatusAnnotation(Exception exception) {
        ResponseStatus annotation =
                AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        if (annotation == null) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, GENERIC_DETAIL);
        }
        ProblemDetail problem = ProblemDetail.forStatus(annotation.code());
        if (!annotation.reason().isBlank()) {
            problem.setDetail(annotation.reason());
        }
        return problem;
    }
}
