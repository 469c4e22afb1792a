package org.wfed.reporting.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Reporting's settings (ConfigAdmin PID {@code org.wfed.reporting}, for the web console's form); an empty
 * property falls back to the launch property {@code wfed.reporting…} and the environment variable
 * {@code WFED_REPORTING_…} (see {@link ReportingSettings}), then the default.
 */
@ObjectClassDefinition(name = "wfed reporting", description = "统计报告: roll-up warm-up after start, indicator threads, slow-indicator log")
public @interface ReportingConfig {
    @AttributeDefinition(description = "Warm the roll-up in the background after start: true/false "
            + "(empty: WFED_REPORTING_WARM_UP, default true)")
    String warmUp() default "";

    @AttributeDefinition(description = "Seconds after start before the warm-up begins (empty: WFED_REPORTING_WARM_UP_DELAY, default 3)")
    String warmUpDelay() default "";

    @AttributeDefinition(description = "Threads that compute one table's indicators together, the request's own included "
            + "(empty: WFED_REPORTING_THREADS, default 2 or the number of cores if fewer)")
    String threads() default "";

    @AttributeDefinition(description = "Log an indicator that takes at least this many milliseconds "
            + "(empty: WFED_REPORTING_SLOW_INDICATOR_MILLIS, default 1000; 0 logs every one)")
    String slowIndicatorMillis() default "";

    @AttributeDefinition(description = "Reporting pages open on the previous year up to the end of this month (1–12) while "
            + "that year's summary is not approved; 0: always the current year (empty: WFED_REPORTING_PREVIOUS_YEAR_UNTIL_MONTH, default 3)")
    String previousYearUntilMonth() default "";
}
