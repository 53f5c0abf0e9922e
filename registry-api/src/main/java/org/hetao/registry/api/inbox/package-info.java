/** An office's inbox: its items, unread counts and read marks. */
package org.hetao.registry.api.inbox;
