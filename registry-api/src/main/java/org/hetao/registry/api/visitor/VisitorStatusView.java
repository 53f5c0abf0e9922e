package org.hetao.registry.api.visitor;

/** Whether public visitors may send enquiries now, and how long a confirmation link works. */
public record VisitorStatusView(boolean open, long confirmationHours) {}
