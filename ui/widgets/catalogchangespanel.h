// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogversion.h"
#include "checkreport.h"

#include <QGroupBox>

#include <memory>

class CheckRunner;
class QPushButton;
class WizardContext;
namespace Ui {
class CatalogChangesPanel;
}

/// What the shipped permission catalog requires beyond the one the saved connection was last
/// checked against ("since 2026.12: Service Tickets Add needed (Service Desk)"), with a button
/// that checks only those requirements. When they pass, the connection records the new catalog
/// version and the list and button go away, leaving the outcome; otherwise the outcome says what
/// ConnectWise still has to grant. Hidden when nothing is new or the connection is disconnected.
/// The check runs on a runner of its own (the context's transport and details), so the wizard's
/// last full report, which the pages read, stays as it was.
class CatalogChangesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CatalogChangesPanel(WizardContext &context, QWidget *parent = nullptr);
    ~CatalogChangesPanel() override;

    /// Compares the context's saved connection with the shipped catalog and shows (or hides)
    /// the panel; forgets any earlier outcome.
    void refresh();
    /// Checks only the new requirements with the connection's details.
    void recheck();

    CatalogChanges changes() const { return m_changes; }
    /// Something new to show (the panel is shown for it).
    bool hasChanges() const { return m_hasChanges; }
    bool isChecking() const { return m_pending; }
    QPushButton *recheckButton() const;

signals:
    /// The new requirements passed and the connection now records @p catalogVersion.
    void recorded(const QString &catalogVersion);

private:
    void onChecksFinished(const CheckReport &report);
    void updateButton();

    WizardContext &m_context;
    std::unique_ptr<Ui::CatalogChangesPanel> m_ui;
    CheckRunner *m_runner = nullptr;
    CatalogChanges m_changes;
    QStringList m_features;
    bool m_hasChanges = false;
    bool m_pending = false; ///< the re-check is running
};
