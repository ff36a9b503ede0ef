// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkreport.h"

namespace {

struct ConnectionName
{
    ConnectionStatus status;
    const char *name;
};

constexpr ConnectionName kConnectionNames[] = {
    { ConnectionStatus::Ok, "ok" },
    { ConnectionStatus::InvalidInput, "invalid_input" },
    { ConnectionStatus::Unreachable, "unreachable" },
    { ConnectionStatus::TlsError, "tls_error" },
    { ConnectionStatus::CompanyNotFound, "company_not_found" },
    { ConnectionStatus::AuthFailed, "auth_failed" },
    { ConnectionStatus::ClientIdRejected, "client_id_rejected" },
    { ConnectionStatus::UnexpectedResponse, "unexpected_response" },
    { ConnectionStatus::ServerError, "server_error" },
    { ConnectionStatus::Timeout, "timeout" },
};

struct CheckName
{
    CheckStatus status;
    const char *name;
};

constexpr CheckName kCheckNames[] = {
    { CheckStatus::Granted, "granted" },
    { CheckStatus::Insufficient, "insufficient" },
    { CheckStatus::Missing, "missing" },
    { CheckStatus::Unknown, "unknown" },
    { CheckStatus::Skipped, "skipped" },
};

} // namespace

QString wireName(ConnectionStatus status)
{
    for (const auto &n : kConnectionNames) {
        if (n.status == status)
            return QString::fromLatin1(n.name);
    }
    return {};
}

QString wireName(CheckStatus status)
{
    for (const auto &n : kCheckNames) {
        if (n.status == status)
            return QString::fromLatin1(n.name);
    }
    return {};
}

QString wireName(CheckSource source)
{
    switch (source) {
    case CheckSource::SecurityRead:
        return QStringLiteral("security-read");
    case CheckSource::Probe:
        return QStringLiteral("probe");
    case CheckSource::None:
        break;
    }
    return {};
}

bool connectionStatusFromString(const QString &text, ConnectionStatus *status)
{
    for (const auto &n : kConnectionNames) {
        if (text == QLatin1String(n.name)) {
            *status = n.status;
            return true;
        }
    }
    return false;
}

bool checkStatusFromString(const QString &text, CheckStatus *status)
{
    for (const auto &n : kCheckNames) {
        if (text == QLatin1String(n.name)) {
            *status = n.status;
            return true;
        }
    }
    return false;
}

int CheckReport::count(CheckStatus status) const
{
    int n = 0;
    for (const auto &c : checks) {
        if (c.status == status)
            ++n;
    }
    return n;
}

bool CheckReport::featureReady(const QString &feature) const
{
    if (!connected() || !features.contains(feature))
        return false;
    bool any = false;
    for (const auto &c : checks) {
        if (!c.entry.features.contains(feature))
            continue;
        any = true;
        if (c.status != CheckStatus::Granted)
            return false;
    }
    return any;
}

const CheckResult *CheckReport::check(const QString &id) const
{
    for (const auto &c : checks) {
        if (c.entry.id == id)
            return &c;
    }
    return nullptr;
}
