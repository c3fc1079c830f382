package dev.mockndes.fault;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a fault key accepts beyond its Java type, as the scenario schema tells editors; the
 * record's constructor has the final word.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Accepts {

    /** The smallest number accepted. */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest number accepted, or with {@link #belowMax()} the first refused. */
    double max() default Double.POSITIVE_INFINITY;

    boolean belowMax() default false;

    /** The name of a public static method of the record that lists the words a text key (or a list key's items) accepts. */
    String words() default "";
}
