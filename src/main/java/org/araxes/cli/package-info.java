// SPDX-License-Identifier: GPL-3.0-or-later
/** Command-line entry points (picocli): start the window, export, validate. */
package org.araxes.cli;
