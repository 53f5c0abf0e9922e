/** Exports of the lists and of an institution's backup, streamed as CSV, JSON or JSON Lines. */
package org.hetao.registry.api.transfer.exports;
