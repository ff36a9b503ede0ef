// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "vaultresult.h"

#include <QWizardPage>

#include <memory>

class CatalogChangesPanel;
class QCheckBox;
class QLabel;
class MappingSection;
class WizardContext;
namespace Ui {
class IntegrationsPage;
}

/// Step 7: each feature with an on/off switch, the connection summary, and Disconnect. Turning a
/// feature on re-checks only what it needs and refuses (saying why) while anything is missing.
class IntegrationsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IntegrationsPage(WizardContext &context, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    /// Features switched on.
    QStringList enabledFeatures() const { return m_enabled; }
    /// Asks to switch feature on (re-checks first) or off (at once).
    void setFeatureEnabled(const QString &feature, bool on);
    /// Stops the check started by switching a feature on; the feature stays off.
    void stopFeatureCheck();
    bool isBusy() const { return !m_pendingFeature.isEmpty() || m_disconnecting; }
    bool isDisconnected() const { return m_disconnected; }
    /// The "Company mapping" section (summary, Edit mapping…, Export mapping…).
    MappingSection *mappingSection() const { return m_mappingSection; }
    /// Why a feature cannot be switched on (empty when it can).
    QString blockedReason(const QString &feature) const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

signals:
    /// "Edit mapping…" was pressed: the wizard shows the mapping page.
    void editMappingRequested();

private:
    struct FeatureRow
    {
        QString id;
        QCheckBox *toggle = nullptr;
        QLabel *status = nullptr;
    };

    void onSwitchToggled(const QString &feature, bool on);
    void onChecksFinished(const CheckReport &report);
    void onDisconnectFinished(const VaultResult &result);
    void askDisconnect(bool asking);
    void disconnectNow();
    void refreshSummary();
    void refreshRow(const FeatureRow &row);
    void persist();
    QString reasonFrom(const CheckReport &report, const QString &feature) const;
    const FeatureRow *row(const QString &feature) const;

    WizardContext &m_context;
    std::unique_ptr<Ui::IntegrationsPage> m_ui;
    CatalogChangesPanel *m_catalogChanges = nullptr;
    QList<FeatureRow> m_rows;
    MappingSection *m_mappingSection = nullptr;
    QStringList m_enabled;
    QHash<QString, QString> m_blocked; ///< feature -> why it cannot be on
    QString m_pendingFeature;
    bool m_disconnecting = false;
    bool m_retryPersist = false;
    bool m_disconnected = false;
};
