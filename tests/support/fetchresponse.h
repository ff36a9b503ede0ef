// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

#include <QList>
#include <QObject>

/// Collects the answers of requests sent with it as their context; the context object itself.
class ResponseCollector : public QObject
{
public:
    QList<HttpResponse> responses;
    HttpTransport::Callback callback()
    {
        return [this](const HttpResponse &r) { responses.append(r); };
    }
};

/// Sends one GET for url through transport and waits (event loop running) for its answer; an
/// empty response when none came within waitMs.
HttpResponse fetchResponse(
    HttpTransport &transport, const QString &url, int timeoutMs = 5000, int waitMs = 10000);
