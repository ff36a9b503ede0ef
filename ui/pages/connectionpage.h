// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "siteaddress.h"
#include "wizardcontext.h"

#include <QWizardPage>

#include <memory>

class CompanyLookup;
class QTimer;
namespace Ui {
class ConnectionPage;
}

/// Step 3: the four values, validated as they are typed. As soon as the site and the company id
/// are valid, the company lookup runs in the background and says what it found.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class LookupState { Idle, Running, Found, Failed };

    explicit ConnectionPage(WizardContext &context, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    /// The values as they will be used (trimmed).
    ConnectionDetails details() const;
    void setDetails(const ConnectionDetails &details);

    LookupState lookupState() const { return m_lookupState; }
    CompanyInfo lookedUpCompany() const { return m_company; }
    /// Starts the company lookup now (also what the Retry button does).
    void runLookup();
    /// Stops the lookup in flight (the Stop button next to its progress).
    void stopLookup();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void onFieldEdited();
    void validateFields();
    void scheduleLookup();
    void cancelLookup();
    void trustCertificate(const TlsCertificateInfo &certificate);
    static QString describeCompany(const CompanyInfo &info, const SiteAddress &site);

    WizardContext &m_context;
    std::unique_ptr<Ui::ConnectionPage> m_ui;
    QTimer *m_lookupDelay = nullptr;
    CompanyLookup *m_lookup = nullptr;
    LookupState m_lookupState = LookupState::Idle;
    CompanyInfo m_company;
    QString m_lookupKey; ///< "site|company" the current result belongs to
    bool m_valid = false;
    bool m_trimmedPrivate = false;
    bool m_loading = false;
};
