// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

/// Sends one GET for url through transport and waits (event loop running) for its answer; an
/// empty response when none came within waitMs.
HttpResponse fetchResponse(
    HttpTransport &transport, const QString &url, int timeoutMs = 5000, int waitMs = 10000);
