/** Institutions: universities, institutes, enterprises, hospitals and government bodies. */
package org.hetao.registry.institution;
