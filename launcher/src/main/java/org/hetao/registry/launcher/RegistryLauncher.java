package org.hetao.registry.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Starts Payara Micro with the registry deployed, first turning the launch settings that Payara
 * reads before any application exists into its command-line options: {@code REGISTRY_PORT}
 * (or {@code -Dregistry.port}) becomes {@code --port}. Options given on the command line win.
 *
 * <p>Payara Micro's data grid (Hazelcast) is always switched off with {@code --nohazelcast}: left
 * on, it listens on every interface (port 6900 and up) and accepts administration commands from any
 * client that knows the default cluster name. The registry keeps nothing in it; what several nodes
 * share lives in the database. Payara reads "no cluster" before "no data grid" and then ignores the
 * latter, so {@code --nocluster} (and {@code -Dpayaramicro.noCluster}) are dropped: with the data
 * grid off there is no cluster either.
 *
 * <p>The registry's own pre-boot commands ({@link BootCommands}: no metrics endpoint, no product
 * name in headers, TRACE answered by the application) are always passed with
 * {@code --prebootcommandfile}, together with the commands of any such file the user names.
 *
 * <p>While Payara boots and deploys the registry its HTTP listener stays closed and
 * {@link StartupResponder} answers on the port; SIGTERM and SIGINT stop the registry gracefully
 * ({@link GracefulStop}). See {@code docs/decisions/0006-graceful-stop-and-start.md}. If the
 * registry could not be deployed, the process does not stay up serving nothing: it logs one line and
 * exits with status {@value #NOT_DEPLOYED}.
 */
public final class RegistryLauncher {
    static final String PAYARA_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";
    static final String NO_DATA_GRID = "--nohazelcast";
    static final String NO_CLUSTER = "--nocluster";
    static final String NO_CLUSTER_PROPERTY = "payaramicro.noCluster";
    static final int DEFAULT_PORT = 8080;
    /** The exit status when the registry could not be deployed (a setting refused at start-up, say). */
    static final int NOT_DEPLOYED = 3;

    private static final Logger LOG = Logger.getLogger(RegistryLauncher.class.getName());

    private RegistryLauncher() {}

    public static void main(String[] args) throws ReflectiveOperationException, IOException {
        System.clearProperty(NO_CLUSTER_PROPERTY);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        String[] options = LogSettings.withLogSettings(
                BootCommands.withPreBootCommands(
                        options(args, System.getenv(), System.getProperty("registry.port")), temp),
                temp);
        // the JDK's DriverManager loads the JDBC drivers it finds once, with the class loader of the
        // thread that first touches it: here, before the application's, which would leave Payara to
        // unregister (and warn of) the application's PostgreSQL driver at its temporary class loader's end
        DriverManager.getDrivers();
        RefusedSettingLog.install();
        GracefulStop stop = new GracefulStop();
        stop.install();
        PayaraControl payara;
        int port = port(options);
        try (StartupResponder starting = StartupResponder.open(port)) {
            payara = PayaraControl.boot(options);
        }
        if (!GracefulStop.registryDeployed()) {
            // Payara goes on running with nothing deployed, which would answer every request 404 for ever
            String refused = System.getProperty(RefusedSettingLog.PROPERTY);
            LOG.severe(
                    refused != null
                            ? "The registry did not start: " + refused + " (exit status " + NOT_DEPLOYED + ")"
                            : "The registry did not start: its deployment failed (the first error above says why, for example a "
                                    + "database that refused the connection); exiting with status " + NOT_DEPLOYED);
            System.exit(NOT_DEPLOYED);
        }
        if (stop.booted(payara)) {
            payara.httpListener(true);
            LOG.info(() -> "Ready at http://localhost:" + port + "/ \u2014 " + GracefulStop.signIn());
        }
    }

    /** The HTTP port Payara is told to use: the last {@code --port}, else Payara's default. */
    static int port(String[] options) {
        int port = DEFAULT_PORT;
        for (int i = 0; i + 1 < options.length; i++) {
            if ("--port".equalsIgnoreCase(options[i])) {
                port = Integer.parseInt(options[i + 1].strip());
            }
        }
        return port;
    }

    static String[] options(String[] args, Map<String, String> env, String portProperty) {
        List<String> result = new ArrayList<>(List.of(args));
        result.removeIf(NO_CLUSTER::equalsIgnoreCase);
        if (result.stream().noneMatch(NO_DATA_GRID::equalsIgnoreCase)) {
            result.add(NO_DATA_GRID);
        }
        String port = portProperty != null ? portProperty : env.get("REGISTRY_PORT");
        if (port != null && !port.isBlank() && !result.contains("--port")) {
            String p = port.strip();
            if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
                throw new IllegalArgumentException(
                        "REGISTRY_PORT must be a port number from 1 to 65535, not '" + port + "'");
            }
            result.add("--port");
            result.add(p);
        }
        return result.toArray(new String[0]);
    }
}
