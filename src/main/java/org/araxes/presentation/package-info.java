// SPDX-License-Identifier: GPL-3.0-or-later
/** Saved views, stories and the user's settings: plain-Java models and their JSON files, no JavaFX. */
package org.araxes.presentation;
