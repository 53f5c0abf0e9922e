/** The free space of the disks the registry writes to: refusing writes before a disk is full, and recognising a full one. */
package org.hetao.registry.storage;
