package org.hetao.registry.launcher;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The running Payara Micro, reached by reflection (it lives in the uber-jar's runtime class loader):
 * boots it, runs administration commands on it, shuts it down. Payara's own
 * {@code PayaraMicroRuntime.run} sends commands to the data grid's members only, which is off, so
 * commands go to the embedded server's command runner.
 */
final class PayaraControl {
    static final String HTTP_LISTENER =
            "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled";

    private final Object micro;

    private PayaraControl(Object micro) {
        this.micro = micro;
    }

    /** Boots Payara Micro with these options; returns once the registry is deployed. */
    static PayaraControl boot(String[] options) throws ReflectiveOperationException {
        Class<?> payara = Class.forName(
                RegistryLauncher.PAYARA_MAIN, true, Thread.currentThread().getContextClassLoader());
        payara.getMethod("create", String[].class).invoke(null, (Object) options);
        return new PayaraControl(payara.getMethod("getInstance").invoke(null));
    }

    /** Opens or closes Payara's HTTP listener on the running server. */
    void httpListener(boolean enabled) throws ReflectiveOperationException {
        run("set", HTTP_LISTENER + "=" + enabled);
    }

    private void run(String command, String... args) throws ReflectiveOperationException {
        Field gf = micro.getClass().getDeclaredField("gf");
        gf.setAccessible(true);
        Object glassFish = gf.get(micro);
        ClassLoader loader = micro.getClass().getClassLoader();
        Class<?> glassFishApi = Class.forName("org.glassfish.embeddable.GlassFish", false, loader);
        Object runner = glassFishApi.getMethod("getCommandRunner").invoke(glassFish);
        Class<?> runnerApi = Class.forName("org.glassfish.embeddable.CommandRunner", false, loader);
        Object result = runnerApi.getMethod("run", String.class, String[].class).invoke(runner, command, args);
        Class<?> resultApi = Class.forName("org.glassfish.embeddable.CommandResult", false, loader);
        Object status = resultApi.getMethod("getExitStatus").invoke(result);
        if (!"SUCCESS".equals(status.toString())) {
            Method output = resultApi.getMethod("getOutput");
            throw new IllegalStateException(
                    command + " " + String.join(" ", args) + " failed: " + output.invoke(result));
        }
    }

    /** Stops the server: applications undeployed (their clean-up runs), then the server itself. */
    void shutdown() throws ReflectiveOperationException {
        micro.getClass().getMethod("shutdown").invoke(micro);
    }
}
