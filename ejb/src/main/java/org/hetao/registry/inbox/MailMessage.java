package org.hetao.registry.inbox;

/** One plain-text e-mail to one address. */
public record MailMessage(String to, String subject, String body) {}
