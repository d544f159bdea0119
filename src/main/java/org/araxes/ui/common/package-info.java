// SPDX-License-Identifier: GPL-3.0-or-later
/** What every interface package shares: the interface text (messages), the icons, the theme and the key registry. */
package org.araxes.ui.common;
