package org.hetao.registry.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts Payara Micro with the registry deployed, first turning the launch settings that Payara
 * reads before any application exists into its command-line options: {@code REGISTRY_PORT}
 * (or {@code -Dregistry.port}) becomes {@code --port}. Options given on the command line win.
 */
public final class RegistryLauncher {
    static final String PAYARA_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";

    private RegistryLauncher() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        String[] options = options(args, System.getenv(), System.getProperty("registry.port"));
        Class<?> payara = Class.forName(PAYARA_MAIN, true, Thread.currentThread().getContextClassLoader());
        payara.getMethod("main", String[].class).invoke(null, (Object) options);
    }

    static String[] options(String[] args, Map<String, String> env, String portProperty) {
        List<String> result = new ArrayList<>(List.of(args));
        String port = portProperty != null ? portProperty : env.get("REGISTRY_PORT");
        if (port != null && !port.isBlank() && !result.contains("--port")) {
            String p = port.strip();
            if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
                throw new IllegalArgumentException("REGISTRY_PORT must be a port number from 1 to 65535, not '" + port + "'");
            }
            result.add("--port");
            result.add(p);
        }
        return result.toArray(new String[0]);
    }
}
