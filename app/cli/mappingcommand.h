// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkcommand.h"
#include "companymapping.h"
#include "connectwiseassumptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <memory>

class CompanyDirectory;
class CompanyLookup;
class ConnectionVault;
class HttpTransport;
class ProfileStore;
class SecretStore;
struct CompanyInfoResult;
struct CompanyLoadResult;

/// What phin-cw-check --mapping found for one profile: the stored (or reconciled) rows and how
/// far they were validated against ConnectWise.
struct MappingStatus
{
    QString profile;
    QString site;
    QString companyId;
    bool billing = false; ///< the profile uses Billing, so mapped rows need an agreement
    bool validated = false; ///< the rows were reconciled with a company list loaded just now
    QDateTime validatedAt; ///< UTC, when validated
    int companiesLoaded = 0;
    QString notValidatedReason; ///< why not, when not validated
    QList<CompanyMappingRow> rows;
    QList<int> inactiveCompanyIds; ///< mapped companies ConnectWise lists as inactive

    MappingSummary summary() const { return CompanyMapping::summarize(rows); }
    /// Mapped rows without an agreement, when Billing is used (0 otherwise).
    int withoutAgreement() const;
    /// 0 when every organisation is mapped to a company that is still there (with an agreement
    /// when Billing is used), else 1. An empty mapping is 1: nothing is mapped yet.
    int exitCode() const;

    QString toText() const;
    QString toMarkdown() const;
    /// The stable JSON form documented in the README ("phin-cw-check --mapping").
    QJsonObject toJson() const;
};

/// phin-cw-check --profile NAME --mapping: prints the profile's company mapping. When the
/// profile is connected (and --offline is not given) it reads the keys from the keychain, looks
/// the company up, loads every ConnectWise company through the shared transport (the same proxy
/// and CA settings as a check), reconciles the rows (companies that disappeared are flagged,
/// ones that came back unflagged) and saves the reconciled rows back to the profile. Otherwise
/// it prints the stored status and says that it was not re-validated.
///
/// Exit codes: 0 all mapped and present, 1 something unmapped, missing or (Billing) without
/// agreement, 2 the company list could not be loaded, 4 profile or keychain problem.
class MappingCommand : public QObject
{
    Q_OBJECT
public:
    /// Every reference must outlive the command.
    MappingCommand(const CliOptions &options, HttpTransport &transport, SecretStore &secrets,
        ProfileStore &profiles, QObject *parent = nullptr);
    ~MappingCommand() override;

    void setStreams(QIODevice *out, QIODevice *err);
    /// finished() always follows, from the event loop.
    void start();
    MappingStatus status() const { return m_status; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onKeysLoaded(const VaultResult &result, const ApiKeys &keys);
    void onCompanyInfo(const CompanyInfoResult &result);
    void onCompaniesLoaded(const CompanyLoadResult &result);
    /// Prints the status (stored or reconciled) and finishes with @p exitCode, or with the
    /// status's own code when @p exitCode is negative.
    void report(int exitCode = -1);
    void printErr(const QString &text);

    CliOptions m_options;
    HttpTransport &m_transport;
    SecretStore &m_secrets;
    ProfileStore &m_profiles;
    ConnectWiseAssumptions m_assumptions;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    std::unique_ptr<ConnectionVault> m_vault;
    std::unique_ptr<CompanyLookup> m_lookup;
    std::unique_ptr<CompanyDirectory> m_directory;
    std::unique_ptr<ApiKeys> m_keys; ///< between the keychain and the session only
    MappingStatus m_status;
    bool m_done = false;
};
