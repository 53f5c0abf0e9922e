package org.hetao.registry.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.SignInHint;

/**
 * Counts the requests in flight ({@link StoppingFilter}) and publishes the count, with the running
 * background work and the drain time, as a platform MBean for the launcher, which waits on it when the process is told to stop.
 */
@WebListener
public class Requests implements RequestsMBean, ServletContextListener {
    static final String NAME = "org.hetao.registry:type=Requests";
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final Logger LOG = Logger.getLogger(Requests.class.getName());

    private volatile int drainSeconds;

    @Override
    public int getInFlight() {
        return IN_FLIGHT.get();
    }

    @Override
    public int getBackgroundWork() {
        return BackgroundWork.running();
    }

    @Override
    public int getDrainSeconds() {
        return drainSeconds;
    }

    @Override
    public String getSignIn() {
        return SignInHint.get();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        drainSeconds = Math.max(0, RegistrySetting.STOP_DRAIN_SECONDS.intValue());
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name); // left by an earlier deployment in the same process
            }
            server.registerMBean(this, name);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "Could not publish the request count; a stop will not wait for running requests", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
        } catch (JMException e) {
            LOG.log(Level.FINE, "The request count was not published", e);
        }
    }
}
