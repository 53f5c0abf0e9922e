/** Projects: joint research projects, their participating institutions, funding and staffing. */
package org.hetao.registry.project;
