/** The uber-jar's start class. */
package org.hetao.registry.launcher;
