/** The HTTP API of the patent docket: deadlines per asset and per office, done marks, CSV and iCalendar. */
package org.hetao.registry.api.docket;
