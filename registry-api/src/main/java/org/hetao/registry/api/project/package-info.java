/** The HTTP API of projects and their staffing. */
package org.hetao.registry.api.project;
