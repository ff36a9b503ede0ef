// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/// What a row in a status table shows. The ui's own vocabulary, so that widgets do not depend on
/// how the engine names its outcomes.
enum class StatusKind {
    Pending,
    Running,
    Granted,
    Insufficient,
    Missing,
    Unknown,
    Skipped,
};

/// Makes the ui's embedded icons (:/phin/icons/...) available; safe to call more than once.
void initUiResources();
/// The coloured status icon (the only hard-coded colours in the ui; they carry meaning).
QIcon statusIcon(StatusKind kind);
/// A short word for the status, for screen readers and the table's text.
QString statusText(StatusKind kind);
/// True when the status needs something done in ConnectWise.
bool statusNeedsAction(StatusKind kind);
