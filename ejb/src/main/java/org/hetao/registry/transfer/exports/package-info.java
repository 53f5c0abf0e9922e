/** Export of lists and institution backups as CSV, JSON and JSON Lines, streamed slice by slice. */
package org.hetao.registry.transfer.exports;
