package scot.commissioningflow.platform.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date that makes sense for its field: no earlier than {@link #yearsBack()} years before today and no later than
 * {@link #yearsAhead()} years after it, today being the product's {@code Clock}. A contract that starts in 1999 or
 * in 9999 is a slip, not a plan; the refusal names both ends of the window as dates. Limits in use are in
 * {@link DateLimits}.
 */
@Documented
@Constraint(validatedBy = DateWindowValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DateWindow {

    /** How many years before today the date may be; 0 means today or later. */
    int yearsBack();

    /** How many years after today the date may be. */
    int yearsAhead();

    String message() default "must be a date within the window the field allows";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
