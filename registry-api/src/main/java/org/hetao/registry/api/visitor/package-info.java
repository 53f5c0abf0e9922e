/** Enquiries from public visitors: asking, confirming the e-mail address, and the visitor's thread behind its secret link. */
package org.hetao.registry.api.visitor;
