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
 * requests already running finish, for at most the drain time the registry publishes; then
 * Payara's HTTP listener closes, Payara stops (the registry's background work ends at its clean-up),
 * and the process exits 0.
 *
 * <p>The registry runs in another class loader: it reads the property, and publishes its count of
 * requests in flight and its drain time as the platform MBean {@value #REQUESTS}.
 */
final class GracefulStop {
    static final String STOPPING_PROPERTY = "registry.stopping";
    static final String REQUESTS = "org.hetao.registry:type=Requests";
    static final int DEFAULT_DRAIN_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());

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

    boolean stopping() {
        return begun.get();
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
                + attribute(server, "InFlight", 0) + " request(s) in flight");
        Instant end = Instant.now().plus(Duration.ofSeconds(seconds));
        int inFlight;
        while ((inFlight = attribute(server, "InFlight", 0)) > 0 && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = inFlight;
        LOG.info(() -> left == 0 ? "No request in flight; stopping Payara"
                : left + " request(s) still in flight after " + seconds + " s; stopping Payara under them");
    }

    private static int attribute(MBeanServer server, String name, int absent) {
        try {
            return ((Number) server.getAttribute(new ObjectName(REQUESTS), name)).intValue();
        } catch (JMException | RuntimeException e) {
            return absent; // the registry is not deployed (any more)
        }
    }
}
