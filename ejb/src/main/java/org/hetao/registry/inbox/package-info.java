/**
 * Every office's inbox: items addressed to an institution's office about the steps of ownership
 * proposals and agreements that concern it, written in the transaction of the step; read marks per
 * account; the scheduled check of proposals' deadlines; and the optional e-mail of the same items.
 */
package org.hetao.registry.inbox;
