// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicons.h"

#include <QCoreApplication>

void initUiResources()
{
    // Static library resources must be initialised explicitly from outside any namespace.
    static const bool initialised = [] {
        Q_INIT_RESOURCE(phin_ui_icons);
        return true;
    }();
    Q_UNUSED(initialised);
}

QIcon statusIcon(StatusKind kind)
{
    initUiResources();
    switch (kind) {
    case StatusKind::Pending:
        return QIcon(QStringLiteral(":/phin/icons/status-pending.svg"));
    case StatusKind::Running:
        return QIcon(QStringLiteral(":/phin/icons/status-running.svg"));
    case StatusKind::Granted:
        return QIcon(QStringLiteral(":/phin/icons/status-granted.svg"));
    case StatusKind::Insufficient:
        return QIcon(QStringLiteral(":/phin/icons/status-insufficient.svg"));
    case StatusKind::Missing:
        return QIcon(QStringLiteral(":/phin/icons/status-missing.svg"));
    case StatusKind::Unknown:
        return QIcon(QStringLiteral(":/phin/icons/status-unknown.svg"));
    case StatusKind::Skipped:
        return QIcon(QStringLiteral(":/phin/icons/status-skipped.svg"));
    }
    return {};
}

QString statusText(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Pending:
        return QCoreApplication::translate("StatusKind", "Waiting");
    case StatusKind::Running:
        return QCoreApplication::translate("StatusKind", "Checking…");
    case StatusKind::Granted:
        return QCoreApplication::translate("StatusKind", "OK");
    case StatusKind::Insufficient:
        return QCoreApplication::translate("StatusKind", "Insufficient");
    case StatusKind::Missing:
        return QCoreApplication::translate("StatusKind", "Missing");
    case StatusKind::Unknown:
        return QCoreApplication::translate("StatusKind", "Unknown");
    case StatusKind::Skipped:
        return QCoreApplication::translate("StatusKind", "Skipped");
    }
    return {};
}

bool statusNeedsAction(StatusKind kind)
{
    return kind == StatusKind::Insufficient || kind == StatusKind::Missing
        || kind == StatusKind::Unknown;
}
