package io.accelforge.rtl.gen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Range and description of one generator parameter (a record component). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    String doc() default "";
}
