// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per area of the core. None of them ever receives a key or an Authorization
// header: requests are logged by method and path only.
Q_DECLARE_LOGGING_CATEGORY(lcPhinSite)
Q_DECLARE_LOGGING_CATEGORY(lcPhinData)
Q_DECLARE_LOGGING_CATEGORY(lcPhinLookup)
Q_DECLARE_LOGGING_CATEGORY(lcPhinCheck)
Q_DECLARE_LOGGING_CATEGORY(lcPhinReport)
