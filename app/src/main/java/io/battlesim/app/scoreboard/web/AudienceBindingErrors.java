package io.battlesim.app.scoreboard.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Says in plain words what an audience field of the start form needs when its text is no value of its type
 * ({@code audience.votesPerWindow=abc}): the message names the field's range, which the generic {@code typeMismatch}
 * message cannot. Every other field keeps Spring's handling and the messages of {@code messages.properties}.
 */
final class AudienceBindingErrors extends DefaultBindingErrorProcessor {

    /** A code no message file holds, so the field's own default message shows. */
    private static final String CODE = "audienceValue";

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        String field = ex.getPropertyName();
        if (field == null || !field.startsWith("audience.")) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        Object rejected = ex.getValue();
        if (ObjectUtils.isArray(rejected)) {
            rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
        }
        bindingResult.addError(new FieldError(
                bindingResult.getObjectName(),
                field,
                rejected,
                true,
                new String[] {CODE},
                null,
                AudienceSetups.notAValue(field)));
    }
}
