/** The HTTP API of joint-ownership agreements and of the unified IP framework's versions. */
package org.hetao.registry.api.agreement;
