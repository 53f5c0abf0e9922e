package org.hetao.registry.web.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as the build packaged it. */
public final class RegistryDeployment {
    private RegistryDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("registry.war", "target/hetao-registry.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
