package org.hetao.registry.api.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hetao.registry.boundary.TransferStatus;

/**
 * The next step of a transfer: {@code IN_TRANSIT} or {@code RECEIVED} with the day it was sent or
 * received, {@code REFUSED} or {@code CANCELLED} with an optional note.
 */
public record TransferStatusRequest(
        TransferStatus status,
        LocalDate date,
        @Size(max = 500) String note) {}
