// SPDX-License-Identifier: GPL-3.0-or-later
/** Editing one incident set: edits with undo and redo, the recovery journal, and recovery at the next start. */
package org.araxes.incidents.edit;
