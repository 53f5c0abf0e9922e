/**
 * Enquiries from public visitors: a visitor without an account asks about a public asset, proves
 * the e-mail address with a one-time mailed link, and then follows the enquiry's thread — the same
 * thread the owners' offices answer investors in — through a secret link of its own.
 */
package org.hetao.registry.visitor;
