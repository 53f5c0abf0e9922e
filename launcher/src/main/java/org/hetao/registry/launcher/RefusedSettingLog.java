package org.hetao.registry.launcher;

import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps a refused setting to one line. The registry refuses a setting at start-up (a first
 * administrator's password the policy refuses, say) by leaving the reason in the JVM-wide property
 * {@value #PROPERTY} and failing its deployment, which the server reports with two long stack traces
 * of its own. From the moment the property is set, this filter on the console passes only the
 * registry's own lines; the launcher then prints the reason and exits.
 */
final class RefusedSettingLog implements Filter {
    static final String PROPERTY = "registry.refused.setting";
    private static final String REGISTRY_LOGGERS = "org.hetao.registry.";

    private RefusedSettingLog() {}

    /** Filters the console's handlers now and again whenever the logging configuration is read (Payara reads its own). */
    static void install() {
        LogManager manager = LogManager.getLogManager();
        manager.addConfigurationListener(RefusedSettingLog::filterHandlers);
        filterHandlers();
    }

    private static void filterHandlers() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFilter() instanceof RefusedSettingLog)) {
                handler.setFilter(new RefusedSettingLog());
            }
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return System.getProperty(PROPERTY) == null || passes(record.getLoggerName());
    }

    static boolean passes(String loggerName) {
        return loggerName != null && loggerName.startsWith(REGISTRY_LOGGERS);
    }
}
