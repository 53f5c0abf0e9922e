package org.hetao.registry.visitor;

import org.hetao.registry.inbox.MailMessage;

/** An e-mail to a public visitor, fired in the transaction of the step it tells of: it is sent only if that commits. */
public record VisitorMail(MailMessage message) {}
