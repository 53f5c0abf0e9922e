/** Recordals of ownership versions and agreements with patent offices, with the rules' warnings. */
package org.hetao.registry.api.recordal;
