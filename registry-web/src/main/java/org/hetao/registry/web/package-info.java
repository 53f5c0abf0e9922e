/** The web UI's server side: the security headers of every response. The UI itself is static files over the REST API. */
package org.hetao.registry.web;
