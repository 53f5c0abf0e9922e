package org.hetao.registry.launcher;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import sun.misc.Signal;

/**
 * What SIGTERM and SIGINT do, in place of the JVM's default (run the shutdown hooks at once, which
 * stops Payara under the requests it is serving): the JVM-wide property {@value #STOPPING_PROPERTY}
 * is set, from which moment the registry answers every new request 503 and reports not ready; the
 * requests already running and the background work running (an outbox drain, an import, which
 * stops at its next safe point) finish, for at most the drain time the registry publishes; then
 * Payara's HTTP listener closes, Payara stops (the registry's background work ends at its clean-up),
 * and the process exits 0.
 *
 * <p>The registry runs in another class loader: it reads the property, and publishes its count of
 * requests in flight, of background work running and its drain time as the platform MBean
 * {@value #REQUESTS}.
 */
final class GracefulStop {
    static final String STOPPING_PROPERTY = "registry.stopping";
    static final String REQUESTS = "org.hetao.registry:type=Requests";
    static final int DEFAULT_DRAIN_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());
    /**
     * Grizzly warns, with a stack trace, of every request that arrives on a connection while the
     * listener closes under it (clients that keep sending, HTTP/2 connections that outlive the 503's
     * {@code Connection: close}). Those clients see a closed connection, which is the answer meant;
     * from the listener's closing on, only Grizzly's errors are logged. Held here so that the
     * logging system keeps the levels.
     */
    private static final Logger[] CLOSING_CONNECTIONS = {
        Logger.getLogger("org.glassfish.grizzly.http.server.HttpHandler"),
        Logger.getLogger("org.glassfish.grizzly.http2.Http2Session")
    };

    private final AtomicBoolean begun = new AtomicBoolean();
    private PayaraControl payara;

    /** Takes over TERM and INT. */
    void install() {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> begin("SIG" + signal.getName()));
        }
    }

    /**
     * Payara has booted; returns false if a stop began meanwhile (then the caller leaves the HTTP
     * listener closed and the stop ends the process).
     */
    synchronized boolean booted(PayaraControl control) {
        payara = control;
        return !begun.get();
    }

    private void begin(String signal) {
        if (!begun.compareAndSet(false, true)) {
            return;
        }
        System.setProperty(STOPPING_PROPERTY, "true");
        Thread stop = new Thread(() -> stop(signal), "registry-stop");
        stop.start();
    }

    private void stop(String signal) {
        PayaraControl control;
        synchronized (this) {
            control = payara;
        }
        try {
            if (control != null) {
                drain(signal);
                for (Logger grizzly : CLOSING_CONNECTIONS) {
                    grizzly.setLevel(Level.SEVERE);
                }
                control.httpListener(false);
                control.shutdown();
            } else {
                LOG.info(() -> signal + " while starting: the registry stops without having served");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Payara did not stop cleanly; the process ends anyway", e);
        }
        LOG.info("The registry has stopped");
        System.exit(0);
    }

    /** Waits until no request is in flight or the drain time has passed. */
    private void drain(String signal) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        int seconds = attribute(server, "DrainSeconds", DEFAULT_DRAIN_SECONDS);
        LOG.info(() -> signal + ": answering new requests 503, waiting up to " + seconds + " s for "
                + attribute(server, "InFlight", 0) + " request(s) in flight and "
                + attribute(server, "BackgroundWork", 0)
                + " background task(s)");
        Instant end = Instant.now().plus(Duration.ofSeconds(seconds));
        int inFlight;
        while ((inFlight = busy(server)) > 0 && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = inFlight;
        LOG.info(() -> left == 0
                ? "Nothing in flight; stopping Payara"
                : left + " request(s) or task(s) still running after " + seconds + " s; stopping Payara under them");
    }

    /**
     * Whether the registry is deployed: it publishes {@value #REQUESTS} when its web module starts and
     * withdraws it when the module stops, so after Payara has booted its absence means the deployment
     * failed (a bad setting, a database that refused the schema).
     */
    static boolean registryDeployed() {
        try {
            return ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName(REQUESTS));
        } catch (JMException e) {
            return false;
        }
    }

    /** How a person signs in to the registry just deployed, as the registry says. */
    static String signIn() {
        try {
            return String.valueOf(
                    ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(REQUESTS), "SignIn"));
        } catch (JMException | RuntimeException e) {
            return "sign in with an account of this registry";
        }
    }

    /** Requests in flight plus background work (outbox drains, imports) running. */
    private static int busy(MBeanServer server) {
        return attribute(server, "InFlight", 0) + attribute(server, "BackgroundWork", 0);
    }

    private static int attribute(MBeanServer server, String name, int absent) {
        try {
            return ((Number) server.getAttribute(new ObjectName(REQUESTS), name)).intValue();
        } catch (JMException | RuntimeException e) {
            return absent; // the registry is not deployed (any more)
        }
    }
}
