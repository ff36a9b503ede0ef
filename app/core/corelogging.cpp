// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corelogging.h"

Q_LOGGING_CATEGORY(lcPhinSite, "phin.core.site")
Q_LOGGING_CATEGORY(lcPhinData, "phin.core.data")
Q_LOGGING_CATEGORY(lcPhinLookup, "phin.core.lookup")
Q_LOGGING_CATEGORY(lcPhinCheck, "phin.core.check")
Q_LOGGING_CATEGORY(lcPhinReport, "phin.core.report")
