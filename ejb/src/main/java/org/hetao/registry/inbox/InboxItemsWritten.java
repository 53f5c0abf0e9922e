package org.hetao.registry.inbox;

import java.util.List;

/** Inbox items were written in the current transaction; observed after a successful commit to send them by e-mail. */
public record InboxItemsWritten(List<Long> itemIds) {}
