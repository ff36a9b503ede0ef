// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companydirectory.h"

#include <QElapsedTimer>
#include <QWizardPage>

#include <functional>
#include <memory>

class CompanyMapping;
class CompanyMappingModel;
class QCompleter;
class QSortFilterProxyModel;
class QTableView;
class WizardContext;
namespace Ui {
class MappingPage;
}

/// Step 7 (optional): maps Phin organisations to ConnectWise companies. Loads every company
/// once the last check granted Company Maintenance Inquire (with progress and Stop), takes the
/// organisations from a Phin CSV export or typed in, proposes matches (score and why), and lets
/// people accept, change or clear each row, and choose the agreement for Billing. The mapping is
/// stored with the saved connection when leaving with Next or pressing Save mapping.
class MappingPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< nothing started yet
        Blocked, ///< companies cannot be loaded (permission missing, not connected, no keys)
        Loading,
        Loaded,
        Failed, ///< the load failed or was stopped; Retry offered
    };

    explicit MappingPage(WizardContext &context, QWidget *parent = nullptr);
    ~MappingPage() override;

    State state() const { return m_state; }
    /// Why companies cannot be loaded (empty unless Blocked).
    QString blockedReason() const { return m_blockedReason; }

    /// Loads (or reloads) the ConnectWise companies; what Retry does.
    void loadCompanies();
    /// Stops loading; the mapping stays as it was.
    void cancelLoading();

    /// Adds the organisations of a Phin CSV export. A bad file adds nothing and says where.
    bool importOrganizations(const QByteArray &csv);
    bool importOrganizationsFrom(const QString &path);
    /// Applies a mapping CSV (rows of the same organisations are replaced).
    bool importMapping(const QByteArray &csv);
    bool importMappingFrom(const QString &path);
    bool exportMappingTo(const QString &path);
    /// Stores the mapping with the saved connection; false (and an inline notice) otherwise.
    bool saveMapping();

    /// Row actions on the selected rows of the view (as the buttons and keys do).
    int acceptSelected();
    int acceptAll();
    void clearSelected();
    /// Opens the searchable company picker for the current row.
    void showCompanyPicker();
    /// Opens the agreement picker for the current row (loads its agreements).
    void showAgreementPicker();

    QTableView *view() const;
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    /// The model's row of the view's current row; -1 when none.
    int currentMappingRow() const;
    /// Milliseconds from "companies loaded" to "proposals shown"; -1 until then.
    qint64 proposalsShownMs() const { return m_proposalsMs; }

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    class CompanyListModel;

    void setState(State state);
    void onCompaniesProgress(int loaded, int expected);
    void onCompaniesLoaded(const CompanyLoadResult &result);
    void onAgreementsLoaded(const AgreementLoadResult &result);
    void addTypedOrganization();
    void applyPicker();
    void closePicker();
    void refreshActions();
    void proposeAndShow();
    void chooseFile(bool save, const QString &title, const std::function<void(QString)> &done);
    bool billing() const;
    QList<int> selectedMappingRows() const;
    void loadFromProfile();
    void showMappingError(const QString &what, const QString &errors);
    bool readFile(const QString &path, QByteArray *bytes);
    /// Shows the import's errors (nothing changed) or its success, proposing for new rows.
    bool afterImport(const QString &errors, const QString &success);

    WizardContext &m_context;
    CompanyMapping &m_mapping;
    std::unique_ptr<Ui::MappingPage> m_ui;
    CompanyMappingModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    CompanyListModel *m_companyList = nullptr;
    QCompleter *m_completer = nullptr;
    State m_state = State::Idle;
    QString m_blockedReason;
    QString m_loadedProfile; ///< the profile whose mapping was loaded last
    bool m_companiesLoaded = false;
    bool m_pickingAgreement = false;
    int m_pickerRow = -1;
    int m_pickedCompanyId = 0;
    bool m_saveFailed = false;
    QElapsedTimer m_loadedAt;
    qint64 m_proposalsMs = -1;
    QList<CwAgreement> m_agreements; ///< of the row in the agreement picker
};
