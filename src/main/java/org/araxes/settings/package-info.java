// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Where Araxes keeps what the user makes: settings, saved views and stories live in the platform's
 * usual per-user folder ({@link org.araxes.settings.UserFolders}), never beside the program, so an
 * installed, read-only copy works for every user. Plain Java, no JavaFX.
 */
package org.araxes.settings;
