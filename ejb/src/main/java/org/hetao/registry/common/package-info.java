/** What every aggregate shares: domain failures, multilingual text and record timestamps. */
package org.hetao.registry.common;
