// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingpage.h"

#include "apisession.h"
#include "companydirectory.h"
#include "companymapping.h"
#include "companymappingmodel.h"
#include "profilestore.h"
#include "setupwizard.h"
#include "statusicons.h"
#include "ui_mappingpage.h"
#include "widgets/mappingsection.h"
#include "wizardcontext.h"

#include <QAbstractItemView>
#include <QAbstractListModel>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace {

constexpr int kCompanyIdRole = Qt::UserRole + 1;

/// Adds the status icons to the mapping table, so "missing in ConnectWise" stands out.
class MappingFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == CompanyMappingModel::StatusColumn) {
            switch (MappingState(index.data(CompanyMappingModel::StateRole).toInt())) {
            case MappingState::Mapped:
                return statusIcon(StatusKind::Granted);
            case MappingState::Proposed:
                return statusIcon(StatusKind::Pending);
            case MappingState::Missing:
                return statusIcon(StatusKind::Missing);
            case MappingState::Unmapped:
                return statusIcon(StatusKind::Skipped);
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

/// The loaded companies for the picker's completer: one row per company, no widget per row.
class MappingPage::CompanyListModel : public QAbstractListModel
{
public:
    explicit CompanyListModel(const CompanyMapping &mapping, QObject *parent)
        : QAbstractListModel(parent)
        , m_mapping(mapping)
    { }
    void reload()
    {
        beginResetModel();
        endResetModel();
    }
    int rowCount(const QModelIndex &parent) const override
    {
        return parent.isValid() ? 0 : int(m_mapping.companies().size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_mapping.companies().size())
            return {};
        const CwCompany &c = m_mapping.companies().at(index.row());
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            //: A ConnectWise company in the picker: name, identifier and id.
            QString text = MappingPage::tr("%1 (%2, #%3)").arg(c.name, c.identifier).arg(c.id);
            if (!c.active)
                text += QLatin1Char(' ') + MappingPage::tr("[inactive]");
            return text;
        }
        if (role == kCompanyIdRole)
            return c.id;
        return {};
    }

private:
    const CompanyMapping &m_mapping;
};

MappingPage::MappingPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_mapping(context.companyMapping())
    , m_ui(std::make_unique<Ui::MappingPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Map Phin organisations to ConnectWise companies"));
    setSubTitle(tr("Optional: press Next to skip; you can map companies later from "
                   "Integrations."));
    m_ui->loadNotice->setNames(QStringLiteral("load"));
    m_ui->mappingNotice->setNames(QStringLiteral("mapping"));

    m_model = new CompanyMappingModel(&m_mapping, this);
    m_filter = new MappingFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(CompanyMappingModel::FilterRole);
    m_filter->setFilterKeyColumn(CompanyMappingModel::OrganizationColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->mappingView;
    table->setModel(m_filter);
    table->verticalHeader()->hide();
    // Fixed row heights: the view never measures thousands of rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(CompanyMappingModel::OrganizationColumn, 170);
    table->setColumnWidth(CompanyMappingModel::CompanyColumn, 170);
    table->setColumnWidth(CompanyMappingModel::MatchColumn, 150);
    table->setColumnWidth(CompanyMappingModel::AgreementColumn, 110);

    m_companyList = new CompanyListModel(m_mapping, this);
    m_completer = new QCompleter(m_companyList, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_ui->companyPickerEdit->setCompleter(m_completer);
    m_ui->pickerRow->hide();
    m_ui->loadProgress->hide();
    m_ui->cancelLoadButton->hide();
    m_ui->loadProgress->setObjectName(QStringLiteral("loadProgress"));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, this, &MappingPage::cancelLoading);
    connect(m_ui->loadNotice, &InlineNotice::actionTriggered, this, &MappingPage::loadCompanies);
    connect(m_ui->importOrganizationsButton, &QPushButton::clicked, this, [this] {
        chooseFile(false, tr("Import Phin organisations"),
            [this](const QString &path) { importOrganizationsFrom(path); });
    });
    connect(m_ui->importMappingButton, &QPushButton::clicked, this, [this] {
        chooseFile(false, tr("Import company mapping"),
            [this](const QString &path) { importMappingFrom(path); });
    });
    connect(m_ui->exportMappingButton, &QPushButton::clicked, this, [this] {
        chooseFile(true, tr("Export company mapping"),
            [this](const QString &path) { exportMappingTo(path); });
    });
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, &MappingPage::saveMapping);
    connect(m_ui->addOrganizationButton, &QPushButton::clicked, this,
        &MappingPage::addTypedOrganization);
    connect(m_ui->addOrganizationEdit, &QLineEdit::textChanged, this, &MappingPage::refreshActions);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &MappingPage::acceptSelected);
    connect(m_ui->acceptAllButton, &QPushButton::clicked, this, &MappingPage::acceptAll);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &MappingPage::clearSelected);
    connect(
        m_ui->changeCompanyButton, &QPushButton::clicked, this, &MappingPage::showCompanyPicker);
    connect(m_ui->agreementButton, &QPushButton::clicked, this, &MappingPage::showAgreementPicker);
    connect(m_ui->pickerApplyButton, &QPushButton::clicked, this, &MappingPage::applyPicker);
    connect(m_ui->pickerCancelButton, &QPushButton::clicked, this, &MappingPage::closePicker);
    connect(m_ui->companyPickerEdit, &QLineEdit::textEdited, this, [this] {
        m_pickedCompanyId = 0;
        refreshActions();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            m_pickedCompanyId = index.data(kCompanyIdRole).toInt();
            refreshActions();
        });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MappingPage::refreshActions);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MappingPage::refreshActions);
    connect(&m_mapping, &CompanyMapping::entryChanged, this, &MappingPage::refreshActions);
    connect(&m_mapping, &CompanyMapping::entriesReset, this, &MappingPage::refreshActions);

    // The keys people expect: Enter accepts the current row's proposal in the list, adds the
    // typed organisation, or uses the picked company; Delete clears the selected rows. Widget
    // shortcuts win over the wizard's default button, so Enter never also presses Next.
    const auto onEnter = [this](QWidget *widget, const std::function<void()> &action) {
        for (const QKeySequence &key :
            { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
            auto *shortcut = new QShortcut(key, widget, nullptr, nullptr, Qt::WidgetShortcut);
            connect(shortcut, &QShortcut::activated, this, action);
        }
    };
    onEnter(table, [this] { acceptSelected(); });
    onEnter(m_ui->addOrganizationEdit, [this] { addTypedOrganization(); });
    onEnter(m_ui->companyPickerEdit, [this] {
        // Enter on a highlighted company in the popup picks it and uses it at once.
        QAbstractItemView *popup = m_completer->popup();
        if (popup->isVisible()) {
            const QModelIndex index = popup->currentIndex();
            if (index.isValid())
                m_pickedCompanyId = index.data(kCompanyIdRole).toInt();
            popup->hide();
        }
        applyPicker();
    });
    auto *clear = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, this, &MappingPage::clearSelected);

    CompanyDirectory &directory = m_context.companyDirectory();
    connect(
        &directory, &CompanyDirectory::companiesProgress, this, &MappingPage::onCompaniesProgress);
    connect(&directory, &CompanyDirectory::companiesLoaded, this, &MappingPage::onCompaniesLoaded);
    // A new check may be of another connection: its companies are loaded afresh.
    connect(&m_context, &WizardContext::checksFinished, this, [this] {
        if (!isVisible())
            m_companiesLoaded = false;
    });
    connect(
        &directory, &CompanyDirectory::agreementsLoaded, this, &MappingPage::onAgreementsLoaded);
    refreshActions();
}

MappingPage::~MappingPage() = default;

QTableView *MappingPage::view() const
{
    return m_ui->mappingView;
}

bool MappingPage::billing() const
{
    return m_context.features().contains(QStringLiteral("billing"));
}

void MappingPage::loadFromProfile()
{
    const QString name = m_context.profileName();
    if (name.isEmpty() || name == m_loadedProfile)
        return;
    const bool switched = !m_loadedProfile.isEmpty();
    m_loadedProfile = name;
    const auto profile = m_context.profiles().profile(name);
    // A stored mapping wins. Without one, what was mapped before the connection was first saved
    // carries over, but another connection's mapping never does.
    if (profile && !profile->companyMapping.isEmpty())
        m_mapping.loadRows(profile->companyMapping);
    else if (switched)
        m_mapping.loadRows({});
    if (m_companiesLoaded)
        proposeAndShow();
}

void MappingPage::initializePage()
{
    m_saveFailed = false;
    loadFromProfile();
    m_ui->mappingView->setColumnHidden(CompanyMappingModel::AgreementColumn, !billing());
    m_ui->agreementButton->setVisible(billing());
    if (m_context.profileName().isEmpty()) {
        m_ui->mappingNotice->show(InlineNotice::Kind::Info,
            tr("This connection is not saved, so the mapping lasts only until the wizard "
               "closes. Export it to keep it."));
    } else if (m_ui->mappingNotice->kind() == InlineNotice::Kind::Info) {
        m_ui->mappingNotice->clear();
    }
    if (m_state != State::Loading && !m_companiesLoaded)
        loadCompanies();
    refreshActions();
    // The search field first: typing filters, Tab reaches the list, Return goes on (optional).
    // Queued: the wizard hides the previous page after this, which moves the focus again.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            m_ui->searchEdit->setFocus(Qt::TabFocusReason);
    });
}

void MappingPage::cleanupPage()
{
    cancelLoading();
    closePicker();
}

bool MappingPage::validatePage()
{
    if (m_state == State::Loading)
        cancelLoading();
    closePicker();
    if (m_context.profileName().isEmpty() || m_saveFailed)
        return true;
    if (saveMapping())
        return true;
    // Not stuck here: the notice says so, and a second Next goes on without storing.
    m_saveFailed = true;
    return false;
}

int MappingPage::nextId() const
{
    return SetupWizard::IntegrationsPageId;
}

void MappingPage::setState(State state)
{
    m_state = state;
    const bool loading = state == State::Loading;
    m_ui->loadProgress->setVisible(loading);
    m_ui->cancelLoadButton->setVisible(loading);
    refreshActions();
}

void MappingPage::loadCompanies()
{
    const auto report = m_context.lastReport();
    m_blockedReason = report
        ? CompanyDirectory::whyNotLoadable(*report)
        : tr("Connect to ConnectWise first: there is no check of this connection yet.");
    const ApiSession session = m_context.apiSession();
    if (m_blockedReason.isEmpty() && !session.isValid()) {
        m_blockedReason = tr("Without keys the companies cannot be loaded: connect again to "
                             "map companies. The saved mapping is kept.");
    }
    if (!m_blockedReason.isEmpty()) {
        m_ui->loadNotice->show(InlineNotice::Kind::Warning,
            tr("ConnectWise companies cannot be listed. %1 You can still add organisations "
               "and import or export the mapping.")
                .arg(m_blockedReason)
                .toHtmlEscaped());
        setState(State::Blocked);
        return;
    }
    m_ui->loadNotice->show(InlineNotice::Kind::Progress, tr("Loading ConnectWise companies…"));
    m_ui->loadProgress->setRange(0, 0);
    m_ui->loadProgress->setFormat(tr("Starting…"));
    m_proposalsMs = -1;
    setState(State::Loading);
    m_context.companyDirectory().loadCompanies(session);
}

void MappingPage::cancelLoading()
{
    if (m_state != State::Loading)
        return;
    m_context.companyDirectory().cancel();
    m_ui->loadNotice->show(InlineNotice::Kind::Info,
        tr("Loading companies was stopped; the mapping is unchanged."), tr("&Retry"));
    setState(State::Failed);
}

void MappingPage::onCompaniesProgress(int loaded, int expected)
{
    if (m_state != State::Loading)
        return;
    const QLocale locale;
    if (expected > 0) {
        m_ui->loadProgress->setRange(0, expected);
        m_ui->loadProgress->setValue(qMin(loaded, expected));
        //: Progress of loading ConnectWise companies, e.g. "1,000 of 10,000 companies".
        m_ui->loadProgress->setFormat(
            tr("%1 of %2 companies").arg(locale.toString(loaded), locale.toString(expected)));
    } else {
        m_ui->loadProgress->setRange(0, 0);
        m_ui->loadProgress->setFormat(tr("%1 companies").arg(locale.toString(loaded)));
    }
}

void MappingPage::onCompaniesLoaded(const CompanyLoadResult &result)
{
    if (m_state != State::Loading)
        return;
    if (!result.ok()) {
        m_ui->loadNotice->show(InlineNotice::Kind::Error,
            tr("The companies could not be loaded: %1").arg(result.message).toHtmlEscaped(),
            tr("&Retry"));
        setState(State::Failed);
        return;
    }
    m_loadedAt.start();
    m_mapping.setCompanies(result.companies);
    const qint64 indexMs = m_loadedAt.elapsed();
    m_companyList->reload();
    m_companiesLoaded = true;
    proposeAndShow();
    m_proposalsMs = m_loadedAt.elapsed();
    qCInfo(lcUi) << "companies" << result.companies.size() << "requests" << result.requests
                 << "organisations" << m_mapping.count() << "indexed in" << indexMs
                 << "ms, proposals shown after" << m_proposalsMs << "ms";
    m_ui->loadNotice->show(InlineNotice::Kind::Success,
        tr("Loaded %1 ConnectWise companies.")
            .arg(QLocale().toString(qsizetype(result.companies.size()))));
    setState(State::Loaded);
}

void MappingPage::proposeAndShow()
{
    m_mapping.proposeAll();
}

void MappingPage::addTypedOrganization()
{
    const QString name = m_ui->addOrganizationEdit->text().simplified();
    if (name.isEmpty())
        return;
    if (!m_mapping.addOrganization({ name, {}, {} })) {
        m_ui->mappingNotice->show(
            InlineNotice::Kind::Warning, tr("\"%1\" is already listed.").arg(name).toHtmlEscaped());
        return;
    }
    if (m_companiesLoaded)
        proposeAndShow();
    m_ui->addOrganizationEdit->clear();
    m_ui->mappingNotice->show(
        InlineNotice::Kind::Success, tr("Added \"%1\".").arg(name).toHtmlEscaped());
    // Show the new row.
    const int row = m_mapping.indexOf(name);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_ui->mappingView->scrollTo(index);
}

void MappingPage::showMappingError(const QString &what, const QString &errors)
{
    QStringList lines;
    for (const QString &line : errors.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.toHtmlEscaped();
    m_ui->mappingNotice->show(InlineNotice::Kind::Error,
        what.toHtmlEscaped() + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

bool MappingPage::afterImport(const QString &errors, const QString &success)
{
    if (!errors.isEmpty()) {
        showMappingError(tr("Nothing was imported; the file has errors:"), errors);
        return false;
    }
    if (m_companiesLoaded)
        proposeAndShow();
    m_ui->mappingNotice->show(InlineNotice::Kind::Success, success.toHtmlEscaped());
    return true;
}

bool MappingPage::importOrganizations(const QByteArray &csv)
{
    const int before = m_mapping.count();
    const OrganizationImport result = m_mapping.importOrganizationsCsv(csv);
    return afterImport(result.errorText(),
        tr("Imported %1 organisations (%2 new).")
            .arg(result.organizations.size())
            .arg(m_mapping.count() - before));
}

bool MappingPage::readFile(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->mappingNotice->show(InlineNotice::Kind::Error,
            tr("%1 could not be read: %2").arg(path, file.errorString()).toHtmlEscaped());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool MappingPage::importOrganizationsFrom(const QString &path)
{
    QByteArray bytes;
    return readFile(path, &bytes) && importOrganizations(bytes);
}

bool MappingPage::importMapping(const QByteArray &csv)
{
    const MappingImport result = m_mapping.importCsv(csv);
    return afterImport(result.errorText(),
        tr("Imported the mapping of %1 organisations.").arg(result.rows.size()));
}

bool MappingPage::importMappingFrom(const QString &path)
{
    QByteArray bytes;
    return readFile(path, &bytes) && importMapping(bytes);
}

bool MappingPage::exportMappingTo(const QString &path)
{
    QString error;
    if (!MappingSection::writeCsv(m_mapping, path, &error)) {
        m_ui->mappingNotice->show(InlineNotice::Kind::Error, error.toHtmlEscaped());
        return false;
    }
    m_ui->mappingNotice->show(
        InlineNotice::Kind::Success, tr("Exported the mapping to %1.").arg(path).toHtmlEscaped());
    return true;
}

bool MappingPage::saveMapping()
{
    QString error;
    if (!m_context.saveCompanyMapping(&error)) {
        m_ui->mappingNotice->show(InlineNotice::Kind::Error,
            tr("The mapping was not saved: %1 Press Next again to go on without saving it.")
                .arg(error)
                .toHtmlEscaped());
        return false;
    }
    m_ui->mappingNotice->show(InlineNotice::Kind::Success,
        tr("Saved the mapping with \"%1\".").arg(m_context.profileName()).toHtmlEscaped());
    return true;
}

void MappingPage::chooseFile(
    bool save, const QString &title, const std::function<void(QString)> &done)
{
    // Non-modal, so the page never blocks in exec(); tests call the *From/*To methods.
    auto *dialog = new QFileDialog(this, title, QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("phin-company-mapping.csv"));
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, done);
    dialog->open();
}

QList<int> MappingPage::selectedMappingRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->mappingView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    if (rows.isEmpty() && currentMappingRow() >= 0)
        rows << currentMappingRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int MappingPage::currentMappingRow() const
{
    const QModelIndex current = m_ui->mappingView->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

int MappingPage::acceptSelected()
{
    int accepted = 0;
    for (int row : selectedMappingRows())
        accepted += m_mapping.acceptProposal(row) ? 1 : 0;
    return accepted;
}

int MappingPage::acceptAll()
{
    const int accepted = m_mapping.acceptAllProposals();
    m_ui->mappingNotice->show(
        InlineNotice::Kind::Success, tr("Accepted %1 proposals.").arg(accepted));
    return accepted;
}

void MappingPage::clearSelected()
{
    for (int row : selectedMappingRows())
        m_mapping.clear(row);
}

void MappingPage::showCompanyPicker()
{
    m_pickerRow = currentMappingRow();
    if (m_pickerRow < 0 || !m_companiesLoaded)
        return;
    m_pickingAgreement = false;
    m_pickedCompanyId = 0;
    m_ui->pickerLabel->setText(tr("Compan&y:"));
    m_ui->pickerLabel->setBuddy(m_ui->companyPickerEdit);
    m_ui->companyPickerEdit->show();
    m_ui->agreementCombo->hide();
    m_ui->companyPickerEdit->clear();
    m_ui->pickerRow->show();
    m_ui->companyPickerEdit->setFocus();
    refreshActions();
}

void MappingPage::showAgreementPicker()
{
    m_pickerRow = currentMappingRow();
    if (m_pickerRow < 0 || !m_mapping.entry(m_pickerRow).isMapped())
        return;
    const auto report = m_context.lastReport();
    const QString why = report ? CompanyDirectory::whyNotLoadable(*report, true) : QString();
    const ApiSession session = m_context.apiSession();
    if (!why.isEmpty() || !session.isValid()) {
        m_ui->mappingNotice->show(
            InlineNotice::Kind::Warning, (why.isEmpty() ? m_blockedReason : why).toHtmlEscaped());
        return;
    }
    m_pickingAgreement = true;
    m_ui->pickerLabel->setText(tr("Agreement:"));
    m_ui->pickerLabel->setBuddy(m_ui->agreementCombo);
    m_ui->companyPickerEdit->hide();
    m_ui->agreementCombo->show();
    m_ui->agreementCombo->clear();
    m_ui->agreementCombo->addItem(tr("Loading agreements…"));
    m_ui->agreementCombo->setEnabled(false);
    m_ui->pickerRow->show();
    m_ui->pickerCancelButton->setFocus();
    refreshActions();
    m_context.companyDirectory().loadAgreements(
        session, m_mapping.entry(m_pickerRow).row.connectwiseCompanyId.toInt());
}

void MappingPage::onAgreementsLoaded(const AgreementLoadResult &result)
{
    if (!m_pickingAgreement || m_pickerRow < 0)
        return;
    QComboBox *combo = m_ui->agreementCombo;
    combo->clear();
    if (!result.ok()) {
        closePicker();
        m_ui->mappingNotice->show(InlineNotice::Kind::Error,
            tr("The agreements could not be loaded: %1").arg(result.message).toHtmlEscaped());
        return;
    }
    combo->addItem(tr("No agreement"), 0);
    const QString current = m_mapping.entry(m_pickerRow).row.agreementId;
    for (const CwAgreement &a : result.agreements) {
        QString text = a.typeName.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.typeName);
        if (a.cancelled)
            text += QLatin1Char(' ') + tr("[cancelled]");
        combo->addItem(text, a.id);
        if (QString::number(a.id) == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
    if (current.isEmpty() && result.agreements.size() == 1)
        combo->setCurrentIndex(1);
    combo->setEnabled(true);
    combo->setFocus();
    m_agreements = result.agreements;
    refreshActions();
}

void MappingPage::applyPicker()
{
    if (m_pickerRow < 0 || m_pickerRow >= m_mapping.count())
        return closePicker();
    const int row = m_pickerRow;
    if (m_pickingAgreement) {
        const int id = m_ui->agreementCombo->currentData().toInt();
        if (id == 0) {
            m_mapping.clearAgreement(row);
        } else {
            for (const CwAgreement &a : std::as_const(m_agreements)) {
                if (a.id == id)
                    m_mapping.setAgreement(row, a);
            }
        }
    } else {
        int id = m_pickedCompanyId;
        if (id == 0) {
            // Typed without picking from the list: the first company that matches.
            m_completer->setCompletionPrefix(m_ui->companyPickerEdit->text());
            if (m_completer->completionCount() > 0) {
                m_completer->setCurrentRow(0);
                id = m_completer->currentIndex().data(kCompanyIdRole).toInt();
            }
        }
        if (id == 0 || !m_mapping.setCompany(row, id)) {
            m_ui->mappingNotice->show(InlineNotice::Kind::Warning,
                tr("No ConnectWise company matches \"%1\".")
                    .arg(m_ui->companyPickerEdit->text())
                    .toHtmlEscaped());
            return;
        }
    }
    closePicker();
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_ui->mappingView->setCurrentIndex(index);
}

void MappingPage::closePicker()
{
    const bool hadFocus = m_ui->pickerRow->isVisible();
    m_ui->pickerRow->hide();
    m_pickerRow = -1;
    m_pickingAgreement = false;
    if (hadFocus)
        m_ui->mappingView->setFocus();
    refreshActions();
}

void MappingPage::refreshActions()
{
    const int current = currentMappingRow();
    const bool hasRow = current >= 0 && current < m_mapping.count();
    int proposals = 0;
    for (const MappingEntry &e : m_mapping.entries())
        proposals += e.state() == MappingState::Proposed ? 1 : 0;
    bool selectedProposal = false;
    bool selectedAny = false;
    for (int row : selectedMappingRows()) {
        if (row >= m_mapping.count())
            continue;
        selectedAny = true;
        const MappingState s = m_mapping.entry(row).state();
        selectedProposal = selectedProposal || s == MappingState::Proposed;
    }
    m_ui->acceptButton->setEnabled(selectedProposal);
    //: Accepts every proposed match; %1 is how many.
    m_ui->acceptAllButton->setText(tr("Accept a&ll (%1)").arg(proposals));
    m_ui->acceptAllButton->setEnabled(proposals > 0);
    m_ui->clearButton->setEnabled(selectedAny);
    m_ui->changeCompanyButton->setEnabled(hasRow && m_companiesLoaded);
    m_ui->agreementButton->setEnabled(hasRow && m_mapping.entry(current).isMapped());
    m_ui->addOrganizationButton->setEnabled(!m_ui->addOrganizationEdit->text().trimmed().isEmpty());
    m_ui->exportMappingButton->setEnabled(m_mapping.count() > 0);
    m_ui->saveMappingButton->setEnabled(!m_context.profileName().isEmpty());
    m_ui->pickerApplyButton->setEnabled(m_pickingAgreement
            ? m_ui->agreementCombo->isEnabled()
            : !m_ui->companyPickerEdit->text().trimmed().isEmpty());
    m_ui->summaryLabel->setText(MappingSection::summaryText(m_mapping));
}
