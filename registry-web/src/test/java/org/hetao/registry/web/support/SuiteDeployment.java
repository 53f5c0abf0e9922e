package org.hetao.registry.web.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment that every Arquillian test class of the module runs against: Payara Micro
 * starts once with the packaged WAR and stays up for the whole run (named in arquillian.xml, so that
 * each class's own {@code @Deployment} only says what it runs against).
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {
    private SuiteDeployment() {}

    @Deployment(testable = false)
    public static WebArchive registry() {
        return RegistryDeployment.war();
    }
}
