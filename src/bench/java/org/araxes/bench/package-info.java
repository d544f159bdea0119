// SPDX-License-Identifier: GPL-3.0-or-later
/** JMH benchmarks for the targets of docs/performance.md; run with {@code mvn -B -Pbench verify}. */
package org.araxes.bench;
